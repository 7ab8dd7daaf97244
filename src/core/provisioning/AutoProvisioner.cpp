// SPDX-License-Identifier: Apache-2.0
#include "core/provisioning/AutoProvisioner.h"

#include "core/provisioning/ProvisioningBatch.h"
#include "core/provisioning/ProvisioningEngine.h"
#include "core/storage/DirectoryStore.h"
#include "core/storage/HistoryStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceSettings.h"

#include <QTimer>

namespace Switchboard {
namespace {

// As many at a time as a click on "Provision all unassigned" runs.
constexpr int Concurrency = 4;

} // namespace

AutoProvisioner::AutoProvisioner(ProvisioningEngine &engine, QSet<qint64> freshAccounts,
        qint64 organizationId, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_freshAccounts(std::move(freshAccounts))
    , m_organizationId(organizationId)
{ }

void AutoProvisioner::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    // From the event loop, so that the caller can connect before it finishes.
    QTimer::singleShot(0, this, &AutoProvisioner::collect);
}

void AutoProvisioner::cancel()
{
    m_cancelled = true;
    if (m_batch)
        m_batch->cancel();
}

void AutoProvisioner::collect()
{
    const ProvisioningServices &services = m_engine.services();
    QString error;
    const QList<Organization> organizations = services.organizations->list(&error);
    if (!error.isEmpty()) {
        m_problems << tr("The organizations could not be read: %1").arg(error);
        finish();
        return;
    }
    for (const Organization &organization : organizations) {
        if (m_organizationId != 0 && organization.id != m_organizationId)
            continue;
        if (!services.settings->autoProvisions(organization)
                || !m_freshAccounts.contains(organization.vapiAccountId))
            continue;
        const QStringList ids = newAssistantsOf(organization);
        if (!ids.isEmpty())
            m_work.append({organization.id, ids});
    }
    next();
}

// The organization's assistants without a number that were never tried, oldest first (the
// order Vapi created them in), so that a backlog is worked through in the order it came.
QStringList AutoProvisioner::newAssistantsOf(const Organization &organization)
{
    const ProvisioningServices &services = m_engine.services();
    QString error;
    QList<Assistant> assistants = services.directory->assistants(organization.id, &error);
    if (!error.isEmpty()) {
        m_problems
                << tr("The assistants of %1 could not be read: %2").arg(organization.name, error);
        return {};
    }
    std::stable_sort(assistants.begin(), assistants.end(),
            [](const Assistant &a, const Assistant &b) { return a.createdAt < b.createdAt; });
    QStringList withoutNumber;
    for (const Assistant &assistant : std::as_const(assistants)) {
        if (!assistant.hasNumber())
            withoutNumber << assistant.id;
    }
    if (withoutNumber.isEmpty())
        return {};
    const std::optional<QStringList> neverTried
            = services.history->neverTried(withoutNumber, &error);
    if (!neverTried) {
        m_problems << tr("The history of %1 could not be read: %2").arg(organization.name, error);
        return {};
    }
    return *neverTried;
}

void AutoProvisioner::next()
{
    if (m_cancelled || m_work.isEmpty()) {
        finish();
        return;
    }
    const Work work = m_work.takeFirst();
    Q_EMIT organizationStarted(work.organizationId, int(work.assistantIds.size()));
    ProvisioningBatch *batch = m_engine.provisionAll(
            work.organizationId, work.assistantIds, Concurrency, AttemptOrigin::Automatic);
    m_batch = batch;
    connect(batch, &ProvisioningBatch::progress, this,
            [this](int, int, const ProvisioningResult &result) {
                if (result.alreadyTried)
                    return;
                m_results.append(result);
                Q_EMIT provisioned(result);
            });
    connect(batch, &ProvisioningBatch::finished, this, [this, batch](bool) {
        batch->deleteLater();
        m_batch.clear();
        next();
    });
    batch->start();
}

void AutoProvisioner::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace Switchboard
