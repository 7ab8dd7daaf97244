// SPDX-License-Identifier: Apache-2.0
#include "core/storage/Migrations.h"

#include "core/storage/SqlDialect.h"

namespace Switchboard {
namespace {

// Version 1: the first workspace: organizations, the accounts that serve them, Twilio number
// pools, the cache of assistants and numbers, and the provisioning history.
QStringList version1(const SqlDialect &d)
{
    const QString id = d.autoIdColumn();
    return {
            QStringLiteral(
                    "CREATE TABLE workspace_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE organizations ("
                           "id %1, slug TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                           " contact TEXT NOT NULL DEFAULT '',"
                           " preferred_area_code TEXT NOT NULL DEFAULT '',"
                           " prefer_sip INTEGER NOT NULL DEFAULT 0,"
                           " allow_purchase INTEGER NOT NULL DEFAULT 0,"
                           " monthly_purchase_limit INTEGER NOT NULL DEFAULT 0,"
                           " created_at TEXT NOT NULL)")
                    .arg(id),
            // organization_id NULL: the workspace's own account. One account per owner.
            QStringLiteral(
                    "CREATE TABLE vapi_accounts ("
                    "id %1, organization_id BIGINT REFERENCES organizations(id) ON DELETE CASCADE,"
                    " label TEXT NOT NULL DEFAULT '', region TEXT NOT NULL DEFAULT 'us',"
                    " vapi_org_id TEXT NOT NULL DEFAULT '',"
                    " free_number_cap INTEGER NOT NULL DEFAULT 10, cap_observed_at TEXT,"
                    " base_url TEXT NOT NULL DEFAULT '')")
                    .arg(id),
            QStringLiteral("CREATE UNIQUE INDEX vapi_accounts_owner ON vapi_accounts "
                           "((COALESCE(organization_id, 0)))"),
            QStringLiteral(
                    "CREATE TABLE twilio_accounts ("
                    "id %1, organization_id BIGINT REFERENCES organizations(id) ON DELETE CASCADE,"
                    " account_sid TEXT NOT NULL, auth_mode TEXT NOT NULL DEFAULT 'auth-token',"
                    " api_key_sid TEXT NOT NULL DEFAULT '', label TEXT NOT NULL DEFAULT '',"
                    " base_url TEXT NOT NULL DEFAULT '')")
                    .arg(id),
            QStringLiteral("CREATE UNIQUE INDEX twilio_accounts_owner ON twilio_accounts "
                           "((COALESCE(organization_id, 0)))"),
            QStringLiteral(
                    "CREATE TABLE number_pool ("
                    "id %1, twilio_account_id BIGINT NOT NULL"
                    " REFERENCES twilio_accounts(id) ON DELETE CASCADE,"
                    " e164 TEXT NOT NULL, twilio_sid TEXT NOT NULL DEFAULT '',"
                    " vapi_phone_number_id TEXT NOT NULL DEFAULT '',"
                    " state TEXT NOT NULL DEFAULT 'available', reserved_by_attempt_id BIGINT,"
                    " UNIQUE (twilio_account_id, e164))")
                    .arg(id),
            QStringLiteral(
                    "CREATE TABLE assistants ("
                    "id TEXT PRIMARY KEY, vapi_account_id BIGINT NOT NULL"
                    " REFERENCES vapi_accounts(id) ON DELETE CASCADE,"
                    " organization_id BIGINT REFERENCES organizations(id) ON DELETE SET NULL,"
                    " name TEXT NOT NULL DEFAULT '', phone_number_id TEXT NOT NULL DEFAULT '',"
                    " metadata TEXT NOT NULL DEFAULT '{}', created_at TEXT, updated_at TEXT,"
                    " seen_at TEXT NOT NULL)"),
            QStringLiteral(
                    "CREATE TABLE phone_numbers ("
                    "id TEXT PRIMARY KEY, vapi_account_id BIGINT NOT NULL"
                    " REFERENCES vapi_accounts(id) ON DELETE CASCADE,"
                    " organization_id BIGINT REFERENCES organizations(id) ON DELETE SET NULL,"
                    " provider TEXT NOT NULL, address TEXT NOT NULL DEFAULT '',"
                    " status TEXT NOT NULL DEFAULT 'unknown',"
                    " assistant_id TEXT NOT NULL DEFAULT '',"
                    " twilio_account_sid TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '',"
                    " created_at TEXT, updated_at TEXT, seen_at TEXT NOT NULL)"),
            // The history keeps the organization's slug: it outlives the organization.
            QStringLiteral("CREATE TABLE provisioning_attempts ("
                           "id %1, organization_id BIGINT, organization_slug TEXT NOT NULL,"
                           " assistant_id TEXT NOT NULL, assistant_name TEXT NOT NULL DEFAULT '',"
                           " outcome TEXT NOT NULL, strategy TEXT NOT NULL DEFAULT '',"
                           " phone_number_id TEXT NOT NULL DEFAULT '',"
                           " address TEXT NOT NULL DEFAULT '', summary TEXT NOT NULL DEFAULT '',"
                           " started_at TEXT NOT NULL, finished_at TEXT)")
                    .arg(id),
            QStringLiteral(
                    "CREATE TABLE provisioning_steps ("
                    "id %1, attempt_id BIGINT NOT NULL REFERENCES provisioning_attempts(id),"
                    " sequence INTEGER NOT NULL, strategy TEXT NOT NULL, status TEXT NOT NULL,"
                    " reason TEXT NOT NULL DEFAULT '', provider_code TEXT NOT NULL DEFAULT '',"
                    " provider_message TEXT NOT NULL DEFAULT '',"
                    " request_tag TEXT NOT NULL DEFAULT '',"
                    " started_at TEXT NOT NULL, finished_at TEXT,"
                    " UNIQUE (attempt_id, sequence))")
                    .arg(id),
    };
}

// Version 2: the manual-assignment queue, the index of which secrets exist (names only, never
// values), the history made append-only, and the indexes the history views filter on.
QStringList version2(const SqlDialect &d)
{
    QStringList statements{
            QStringLiteral(
                    "CREATE TABLE manual_tasks ("
                    "id %1, attempt_id BIGINT REFERENCES provisioning_attempts(id),"
                    " organization_id BIGINT REFERENCES organizations(id) ON DELETE CASCADE,"
                    " assistant_id TEXT NOT NULL, assistant_name TEXT NOT NULL DEFAULT '',"
                    " state TEXT NOT NULL DEFAULT 'open', reasons TEXT NOT NULL DEFAULT '[]',"
                    " instructions TEXT NOT NULL DEFAULT '', resolution TEXT NOT NULL DEFAULT '',"
                    " phone_number_id TEXT NOT NULL DEFAULT '',"
                    " created_at TEXT NOT NULL, completed_at TEXT)")
                    .arg(d.autoIdColumn()),
            QStringLiteral(
                    "CREATE UNIQUE INDEX manual_tasks_one_open ON manual_tasks (assistant_id) "
                    "WHERE state = 'open'"),
            QStringLiteral("CREATE TABLE secret_refs ("
                           "key TEXT PRIMARY KEY,"
                           " organization_id BIGINT REFERENCES organizations(id) ON DELETE CASCADE,"
                           " api TEXT NOT NULL, purpose TEXT NOT NULL, updated_at TEXT NOT NULL)"),
            // Two consoles on one team database must never provision one assistant twice at once.
            QStringLiteral("CREATE UNIQUE INDEX provisioning_attempts_one_in_flight "
                           "ON provisioning_attempts (assistant_id) WHERE outcome = 'in-flight'"),
            QStringLiteral("CREATE INDEX provisioning_attempts_started "
                           "ON provisioning_attempts (started_at)"),
            QStringLiteral("CREATE INDEX provisioning_attempts_org "
                           "ON provisioning_attempts (organization_id, started_at)"),
            QStringLiteral(
                    "CREATE INDEX provisioning_steps_attempt ON provisioning_steps (attempt_id)"),
            QStringLiteral("CREATE INDEX assistants_org ON assistants (organization_id)"),
            QStringLiteral("CREATE INDEX phone_numbers_org ON phone_numbers (organization_id)"),
    };
    statements += d.appendOnlyGuard(QStringLiteral("provisioning_attempts"),
            QStringLiteral("outcome"), QStringLiteral("in-flight"));
    statements += d.appendOnlyGuard(QStringLiteral("provisioning_steps"), QStringLiteral("status"),
            QStringLiteral("in-flight"));
    return statements;
}

// Version 3: purchases are counted against each organization's monthly limit, so a pool number
// remembers when Switchboard bought it.
QStringList version3(const SqlDialect &)
{
    return {QStringLiteral("ALTER TABLE number_pool ADD COLUMN purchased_at TEXT"),
            QStringLiteral("CREATE INDEX number_pool_purchased ON number_pool (twilio_account_id, "
                           "purchased_at)")};
}

// Version 4: history filters that stay fast on a million attempts. Outcome and link get indexes
// in the history's order; the text search a word index of its own (see SqlDialect).
QStringList version4(const SqlDialect &d)
{
    QStringList statements{
            QStringLiteral("CREATE INDEX provisioning_attempts_outcome "
                           "ON provisioning_attempts (outcome, started_at)"),
            QStringLiteral("CREATE INDEX provisioning_attempts_strategy "
                           "ON provisioning_attempts (strategy, started_at)"),
            QStringLiteral("CREATE INDEX provisioning_attempts_outcome_strategy "
                           "ON provisioning_attempts (outcome, strategy, started_at)"),
    };
    statements += d.searchSchema(SqlDialect::SearchIndex::Attempts);
    return statements;
}

// Version 5: several consoles on one team database hear of each other's changes (PostgreSQL's
// LISTEN/NOTIFY, see WorkspaceChangeFeed); nothing changes on SQLite.
QStringList version5(const SqlDialect &d)
{
    QStringList statements;
    for (const char *table :
            {"organizations", "vapi_accounts", "twilio_accounts", "number_pool", "assistants",
                    "phone_numbers", "manual_tasks", "workspace_settings", "secret_refs"})
        statements += d.changeNotification(QLatin1String(table), false);
    // The history says which attempt changed, so that a console updates just that row.
    statements += d.changeNotification(QStringLiteral("provisioning_attempts"), true);
    return statements;
}

// Version 6: purchases are reserved before they are made, so that a monthly limit holds against
// any number of batches, processes and consoles (NumberPoolStore::reservePurchase); the
// purchases made so far count as made. A Twilio number is in one pool of the workspace only.
// In-flight attempts carry a lease of the process that works on them.
QStringList version6(const SqlDialect &d)
{
    QStringList statements{
            QStringLiteral("CREATE TABLE purchase_slots ("
                           "id %1, twilio_account_id BIGINT NOT NULL"
                           " REFERENCES twilio_accounts(id) ON DELETE CASCADE,"
                           " attempt_id BIGINT, request_tag TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL DEFAULT 'reserved',"
                           " reserved_at TEXT NOT NULL, counted_at TEXT NOT NULL,"
                           " e164 TEXT NOT NULL DEFAULT '', twilio_sid TEXT NOT NULL DEFAULT '')")
                    .arg(d.autoIdColumn()),
            QStringLiteral("CREATE INDEX purchase_slots_counted "
                           "ON purchase_slots (twilio_account_id, state, counted_at)"),
            QStringLiteral("INSERT INTO purchase_slots (twilio_account_id, state, reserved_at,"
                           " counted_at, e164, twilio_sid) SELECT twilio_account_id, 'bought',"
                           " purchased_at, purchased_at, e164, twilio_sid FROM number_pool"
                           " WHERE purchased_at IS NOT NULL"),
            // A number put in two pools before this version: the copy that was never used goes;
            // a number used from two pools stops the upgrade (it needs a person's decision).
            QStringLiteral("DELETE FROM number_pool WHERE state = 'available' AND EXISTS (SELECT 1"
                           " FROM number_pool other WHERE other.e164 = number_pool.e164"
                           " AND other.id <> number_pool.id AND (other.state <> 'available'"
                           " OR other.id < number_pool.id))"),
            QStringLiteral("CREATE UNIQUE INDEX number_pool_one_pool ON number_pool (e164)"),
            // Who works on an in-flight attempt, so that another process's start-up leaves
            // live work alone (AttemptLease). Kept apart from the append-only history.
            QStringLiteral("CREATE TABLE attempt_leases (attempt_id BIGINT PRIMARY KEY"
                           " REFERENCES provisioning_attempts(id), holder TEXT NOT NULL,"
                           " renewed_at TEXT NOT NULL)"),
    };
    statements += d.changeNotification(QStringLiteral("purchase_slots"), false);
    return statements;
}

// Version 7: what the real services say, kept with the date it was said (issue 14). Where a free-
// number cap comes from (Vapi's documented default, set by hand, or learned from a refusal) and
// when Vapi last asked for a payment method, and whether a person asked to check a learned cap
// again; whether an organization takes free numbers from any US area code or only its own; what
// Twilio said about a pool number when it was last checked; when Twilio said that an account is a
// trial (purchases stop).
QStringList version7(const SqlDialect &)
{
    return {
            QStringLiteral("ALTER TABLE vapi_accounts ADD COLUMN cap_source TEXT NOT NULL"
                           " DEFAULT 'default'"),
            QStringLiteral("ALTER TABLE vapi_accounts ADD COLUMN payment_required_at TEXT"),
            QStringLiteral("ALTER TABLE vapi_accounts ADD COLUMN cap_recheck_requested_at TEXT"),
            // A cap learned from a refusal stays learned; 10 was the documented default until
            // mid-2026 and follows the documentation to 5; any other value was set by hand.
            QStringLiteral("UPDATE vapi_accounts SET cap_source = 'learned'"
                           " WHERE cap_observed_at IS NOT NULL"),
            QStringLiteral("UPDATE vapi_accounts SET free_number_cap = 5"
                           " WHERE cap_observed_at IS NULL AND free_number_cap = 10"),
            QStringLiteral("UPDATE vapi_accounts SET cap_source = 'manual'"
                           " WHERE cap_observed_at IS NULL AND free_number_cap <> 5"),
            QStringLiteral("ALTER TABLE organizations ADD COLUMN free_area_codes TEXT NOT NULL"
                           " DEFAULT 'any'"),
            QStringLiteral("ALTER TABLE number_pool ADD COLUMN twilio_check TEXT NOT NULL"
                           " DEFAULT ''"),
            QStringLiteral("ALTER TABLE number_pool ADD COLUMN twilio_check_detail TEXT NOT NULL"
                           " DEFAULT ''"),
            QStringLiteral("ALTER TABLE number_pool ADD COLUMN twilio_checked_at TEXT"),
            QStringLiteral("ALTER TABLE twilio_accounts ADD COLUMN trial_at TEXT"),
    };
}

// The chain reads a Vapi account's cache by assistant and by account on every provisioning
// (DirectorySync): without these, each read scans every number the workspace knows.
QStringList version8(const SqlDialect &)
{
    return {
            QStringLiteral("CREATE INDEX phone_numbers_assistant ON phone_numbers (assistant_id)"),
            QStringLiteral("CREATE INDEX phone_numbers_account ON phone_numbers (vapi_account_id)"),
    };
}

// Version 9: new assistants get a number without a click (issue 19). Each organization follows
// the workspace's default unless set; a workspace that already has organizations keeps
// provisioning on request until someone turns the default on (an upgrade must not start spending
// free slots or money by itself), while a new workspace starts with it on. Attempts say what
// started them; the automatic path asks whether an assistant was ever tried, by its id.
QStringList version9(const SqlDialect &)
{
    return {
            QStringLiteral("INSERT INTO workspace_settings (key, value)"
                           " SELECT 'provisioning.autoProvision', 'off'"
                           " WHERE EXISTS (SELECT 1 FROM organizations)"
                           " ON CONFLICT (key) DO NOTHING"),
            QStringLiteral("ALTER TABLE organizations ADD COLUMN auto_provision TEXT NOT NULL"
                           " DEFAULT 'workspace'"),
            QStringLiteral("ALTER TABLE provisioning_attempts ADD COLUMN origin TEXT NOT NULL"
                           " DEFAULT 'request'"),
            QStringLiteral("CREATE INDEX provisioning_attempts_assistant"
                           " ON provisioning_attempts (assistant_id)"),
    };
}

// Version 10: every action on record, with who did it (issue 18). Attempts say who started
// them (older ones: nobody knows, an empty operator); everything else that changes a
// customer's numbers or setup is an event of its own. Events are never changed or removed.
QStringList version10(const SqlDialect &d)
{
    const QString role = d.databaseRoleDefault();
    QStringList statements{
            QStringLiteral("ALTER TABLE provisioning_attempts ADD COLUMN operator TEXT NOT NULL"
                           " DEFAULT ''"),
            QStringLiteral("ALTER TABLE provisioning_attempts ADD COLUMN database_role TEXT"
                           " NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX provisioning_attempts_operator"
                           " ON provisioning_attempts (operator, started_at)"),
            QStringLiteral(
                    "CREATE TABLE workspace_events ("
                    "id %1, occurred_at TEXT NOT NULL, kind TEXT NOT NULL,"
                    " failed INTEGER NOT NULL DEFAULT 0,"
                    " operator TEXT NOT NULL DEFAULT '', database_role TEXT NOT NULL DEFAULT %2,"
                    " organization_id BIGINT, organization_slug TEXT NOT NULL DEFAULT '',"
                    " assistant_id TEXT NOT NULL DEFAULT '',"
                    " assistant_name TEXT NOT NULL DEFAULT '',"
                    " phone_number_id TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',"
                    " attempt_id BIGINT, summary TEXT NOT NULL DEFAULT '',"
                    " details TEXT NOT NULL DEFAULT '{}')")
                    .arg(d.autoIdColumn(), role),
            QStringLiteral("CREATE INDEX workspace_events_time ON workspace_events (occurred_at)"),
            QStringLiteral("CREATE INDEX workspace_events_kind"
                           " ON workspace_events (kind, occurred_at)"),
            QStringLiteral("CREATE INDEX workspace_events_operator"
                           " ON workspace_events (operator, occurred_at)"),
            QStringLiteral("CREATE INDEX workspace_events_org"
                           " ON workspace_events (organization_id, occurred_at)"),
            QStringLiteral(
                    "CREATE INDEX workspace_events_attempt ON workspace_events (attempt_id)"),
    };
    // The role of whoever starts an attempt is the database's word too (PostgreSQL).
    if (d.backend() == SqlDialect::Backend::Postgres)
        statements << QStringLiteral("ALTER TABLE provisioning_attempts ALTER COLUMN"
                                     " database_role SET DEFAULT current_user");
    statements += d.immutableGuard(QStringLiteral("workspace_events"));
    statements += d.changeNotification(QStringLiteral("workspace_events"), false);
    return statements;
}

// Version 11: the other actions on record are found by their words as attempts are (whole
// words, case and accents folded, a number by its digits), through a word index of their own
// (a LIKE over every event grew with the log: 350 ms for no match in 200,000).
QStringList version11(const SqlDialect &d)
{
    return d.searchSchema(SqlDialect::SearchIndex::Events);
}

} // namespace

const QList<Migration> &workspaceMigrations()
{
    static const QList<Migration> migrations{
            {1, QStringLiteral("organizations, accounts, pools, cache, history"), version1},
            {2, QStringLiteral("manual queue, secret index, append-only history"), version2},
            {3, QStringLiteral("purchase dates of pool numbers"), version3},
            {4, QStringLiteral("history indexes and word search"), version4},
            {5, QStringLiteral("change notifications for team consoles"), version5},
            {6, QStringLiteral("purchase reservations, one pool per number"), version6},
            {7, QStringLiteral("caps with their source, pool checks, trial accounts"), version7},
            {8, QStringLiteral("phone numbers found by assistant and account"), version8},
            {9, QStringLiteral("new assistants provisioned automatically"), version9},
            {10, QStringLiteral("every action on record, with its operator"), version10},
            {11, QStringLiteral("word search in every action on record"), version11},
    };
    return migrations;
}

int latestSchemaVersion()
{
    return workspaceMigrations().constLast().version;
}

} // namespace Switchboard
