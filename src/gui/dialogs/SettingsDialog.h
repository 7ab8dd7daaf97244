// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"
#include "core/domain/TwilioAccount.h"
#include "core/domain/Validation.h"
#include "core/secrets/SecretKey.h"
#include "core/setup/WorkspaceSetup.h"
#include "core/storage/WriteResult.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <memory>
#include <optional>
#include <utility>

class QLabel;
class QSettings;

namespace Ui {
class SettingsDialog;
}

namespace Switchboard {

class PoolEditor;
class SnapshotCache;

struct SettingsDialogDependencies
{
    QSettings *settings = nullptr; // this user's: language, workspace location, geometry
    // Where the language is kept when not in `settings`: the sandbox demo's settings are new
    // each time, and a language chosen there must hold for the next start (issue 17).
    QSettings *languageSettings = nullptr;
    // The sandbox demo's workspace is temporary: the Database page says so and changes nothing.
    bool sandbox = false;
    // What everyone on the workspace shares: shown from its snapshot (read before the dialog
    // opens), saved through WorkspaceSetup as a write job on the storage thread.
    SnapshotCache *snapshots = nullptr;
    QString defaultDatabaseFile; // what an empty location means
    QString currentDatabase; // what is open now, for people
};

// The console's settings, on three pages:
//   General    the language (QSettings "ui/language"; empty follows the system), at next start;
//              how often to refresh from the APIs by itself (QSettings "refresh/intervalMinutes")
//   Workspace  shared by everyone on the workspace (WorkspaceSettings and AccountStore): the
//              default area code, the Twilio price per number, the purchase policy, and the
//              workspace's own Vapi and Twilio accounts, with "Test connection"
//   Database   where the workspace is (QSettings "database/location": a file path or a
//              postgresql:// URL; empty is the default file), at next start
// OK checks every field first and saves nothing while one is wrong: the problems are listed,
// each naming its field, and the first one's page and field are shown. Then the workspace's part
// is saved on the storage thread while the dialog waits, its buttons off (the console's thread
// never waits for the database); it closes when that is done, or shows why not. Secrets are never
// written by the dialog: secrets() hands them, with their keychain keys, to whoever keeps them,
// once settingsSaved() has been emitted; with secrets to keep, the dialog waits for
// secretsKept() and stays open with the keychain's reason when one was not kept.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Page {
        GeneralPage,
        WorkspacePage,
        DatabasePage
    };

    // The automatic refresh intervals offered, in minutes; 0 is "never".
    static QList<int> refreshIntervals();

    explicit SettingsDialog(
            const SettingsDialogDependencies &dependencies, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    // The first run's workspace setup (issue 17: it opened the customer wizard, which asked for
    // a customer's name): the workspace's page alone, its Vapi account first and required, the
    // Twilio account optional. Saved as the Workspace page always is.
    void showWorkspaceSetup();
    bool isWorkspaceSetup() const { return m_workspaceSetup; }
    // Whether the last save chose another language (it applies at the next start).
    bool languageChanged() const { return m_languageChanged; }
    // Every rule the fields break, each naming its field.
    QList<FieldError> problems() const;
    // The secrets typed in, by the key they are kept under; filled when the settings are saved.
    QList<std::pair<SecretKey, QString>> secrets() const { return m_secrets; }
    // The workspace's Vapi account this save created (it had none before); 0 when none was.
    // Whoever keeps the secrets removes it again when the keychain refuses its key: a workspace
    // without its key would look set up and could not work (found by the walk).
    qint64 createdVapiAccountId() const { return m_createdVapiAccountId; }
    // The workspace's Twilio account as saved, and the numbers this save put in its pool: to be
    // asked about in Twilio once the secrets are kept.
    const std::optional<TwilioAccount> &savedTwilioAccount() const { return m_savedTwilio; }
    const QList<PhoneAddress> &addedPoolNumbers() const { return m_addedPool; }
    // The answer to settingsSaved() when there were secrets: `error` empty when every one is
    // kept (the dialog closes), else why not (it stays open, saying so).
    void secretsKept(const QString &error);

    // The language codes offered, in order; "" is the system's.
    static QStringList languageCodes();
    // The rules of the Database page, for a location typed by hand.
    static FieldError checkDatabaseUrl(const QString &text, const QString &field);
    static FieldError checkDatabaseFile(const QString &text, const QString &field);

    // Results of "Test connection", from whoever ran it.
    void setVapiTestResult(bool ok, const QString &message);
    void setTwilioTestResult(bool ok, const QString &message);

    void accept() override;
    void done(int result) override;

Q_SIGNALS:
    // An empty key or secret: test with the one the keychain has for the saved account.
    void testVapiRequested(Switchboard::Region region, const QString &privateKey);
    // apiKeySid empty: `secret` is the auth token; otherwise the API key's secret.
    void testTwilioRequested(
            const QString &accountSid, const QString &apiKeySid, const QString &secret);
    void settingsSaved();

private:
    struct FieldPlace
    {
        Page page = GeneralPage;
        QWidget *widget = nullptr;
    };

    void mapFields();
    QSettings &languageSettings() const;
    void load();
    void updateTwilioFields();
    void updateDatabaseFields();
    bool twilioNeedsSecret() const;
    QString twilioSecret() const;
    QString databaseLocation() const;
    // Starts saving; the answer comes to saved().
    void save();
    void saved(const WriteResult &result, const WorkspaceSetup::Saved &accounts);
    void setSaving(bool saving);
    void showProblems(const QList<FieldError> &problems);
    void testVapi();
    void testTwilio();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    PoolEditor *m_pool = nullptr; // the workspace Twilio account's pool
    SettingsDialogDependencies m_deps;
    QHash<QString, FieldPlace> m_fields; // by the (translated) field name
    bool m_hasVapiAccount = false;
    int m_loadedFreeCap = 0; // the workspace account's cap as the dialog opened
    std::optional<TwilioAccount> m_savedTwilio;
    QList<std::pair<SecretKey, QString>> m_secrets;
    qint64 m_createdVapiAccountId = 0;
    QList<PhoneAddress> m_addedPool;
    bool m_keepingSecrets = false;
    bool m_saving = false;
    bool m_languageChanged = false;
    bool m_workspaceSetup = false;
};

} // namespace Switchboard
