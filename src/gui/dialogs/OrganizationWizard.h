// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/domain/DomainEnums.h"
#include "core/domain/Validation.h"
#include "core/provisioning/PoolNumberCheck.h"
#include "core/setup/OrganizationSetup.h"

#include <QHash>
#include <QMap>
#include <QWizard>

#include <memory>

class QLabel;

namespace Ui {
class OrganizationWizard;
}

namespace Switchboard {

class AccountStore;
class CredentialService;
class NumberPoolStore;
class OrganizationStore;
class WorkspaceDatabase;
class WorkspaceSettings;

struct OrganizationWizardDependencies
{
    WorkspaceDatabase *database = nullptr;
    OrganizationStore *organizations = nullptr;
    AccountStore *accounts = nullptr;
    NumberPoolStore *pool = nullptr;
    // What "as the workspace says" comes to, for the new-assistants choice (optional).
    WorkspaceSettings *workspaceSettings = nullptr;
    // Where the secrets typed in go; the wizard refuses to save them without one.
    CredentialService *credentials = nullptr;
};

// Sets up an organization (or edits one): name, slug and contact; the Vapi account that serves
// it (the workspace's, set up here on first run, or the customer's own, US or EU); its own
// Twilio account with an auth token or an API key; its number pool, each number checked by
// libphonenumber (a number another pool holds is refused); the preferred area code, SIP
// preference and purchase policy. Every rule is OrganizationSetup's, and a broken one is shown
// on its page with the field named.
//
// A Vapi key typed in is checked before the wizard goes on: testVapiRequested() asks whoever
// can reach Vapi which account the key reaches (setVapiTestResult() brings its orgId back,
// asynchronously), and a key that reaches the Vapi account of another organization needs the
// box "Yes, these organizations share one Vapi account" ticked.
//
// Saving is OrganizationSave: the organization, its accounts, its pool and its secrets, all of
// it or nothing. When the keychain refuses a secret, nothing is kept, the wizard stays open
// and its page says why.
class OrganizationWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page {
        OrganizationPage,
        VapiPage,
        TwilioPage,
        NumbersPage
    };

    // The keys of secrets().
    static const QString VapiPrivateKey;
    static const QString TwilioAuthToken;
    static const QString TwilioApiKeySecret;

    // organizationId 0: a new organization.
    explicit OrganizationWizard(const OrganizationWizardDependencies &dependencies,
            qint64 organizationId = 0, QWidget *parent = nullptr);
    ~OrganizationWizard() override;

    // What the fields say now.
    OrganizationSetup setup() const;
    // Every rule the fields break, each naming its field.
    QList<FieldError> problems() const;
    // The secrets typed in, by the keys above; only those that were typed.
    QMap<QString, QString> secrets() const;
    // Whether it is saving (the keychain is taking the secrets): its buttons wait meanwhile.
    bool isSaving() const { return m_saving; }
    // Whose Vapi key VapiPrivateKey is: the organization's (its id, once saved) or the
    // workspace's (0).
    qint64 vapiKeyOwner() const;
    qint64 savedOrganizationId() const { return m_savedId; }

    // Results of "Test connection", from whoever ran it. A Vapi test that reached the account
    // brings the account's orgId (empty: it cannot be told, the account being empty).
    // `refused`: the service said the credentials are wrong; the wizard does not go on with
    // them (an unreachable service is no such answer, and does not hold it up).
    void setVapiTestResult(
            bool ok, const QString &message, const QString &vapiOrgId = {}, bool refused = false);
    void setTwilioTestResult(bool ok, const QString &message, bool refused = false);
    // What Twilio said about the pool numbers (the answer to checkPoolRequested). A number it
    // does not hold, or that cannot take calls, stops Finish; one whose calls go to an
    // application or trunk is a warning, with a box to consent to clearing that in Twilio.
    void setPoolCheckResults(const QList<Switchboard::PoolCheckResult> &results);

    bool validateCurrentPage() override;
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void testVapiRequested(Switchboard::Region region, const QString &privateKey);
    // apiKeySid empty: `secret` is the auth token; otherwise the API key's secret.
    void testTwilioRequested(
            const QString &accountSid, const QString &apiKeySid, const QString &secret);
    void organizationSaved(qint64 organizationId);
    // Ask Twilio about these pool numbers with the credentials typed in (secret empty: the
    // keychain's, for the account already saved); clearRouting: the user consented to clearing
    // an application or trunk in Twilio.
    void checkPoolRequested(const QString &accountSid, const QString &apiKeySid,
            const QString &secret, const QList<Switchboard::PhoneAddress> &numbers,
            bool clearRouting);

private:
    struct FieldPlace
    {
        int page = NumbersPage;
        QWidget *widget = nullptr;
    };

    void mapFields();
    void load(qint64 organizationId);
    void updateVapiPage();
    void updateTwilioPage();
    void checkPool();
    void suggestSlug(const QString &name);
    void testVapi();
    void testTwilio();
    // The Vapi key typed in and its region, as checked (empty: no key to check).
    QString vapiSubject() const;
    bool vapiCheckNeeded() const;
    enum class AfterVapiCheck {
        Stay,
        Next,
        Finish,
    };
    void startVapiCheck(AfterVapiCheck after);
    void showSharedVapiAccount();
    QList<FieldError> vapiSharingProblems() const;
    qint64 vapiAccountIdOfKey() const;
    void save();
    void setSaving(bool saving);
    // The pool against Twilio: whether it can be asked, the request, and what stops Finish.
    bool poolCheckPossible() const;
    void checkPoolWithTwilio(bool clearRouting);
    std::optional<PoolCheckResult> poolResult(const PhoneAddress &number) const;
    QList<FieldError> twilioPoolProblems() const;
    QStringList poolEntries() const;
    QList<FieldError> secretProblems() const;
    QList<FieldError> refusedCredentialProblems() const;
    QString twilioSubject() const;
    FieldPlace placeOf(const FieldError &problem) const;
    // The problems of `page`, in the order of its fields; the focus goes to the first one's
    // field when `focus`.
    void showProblems(int page, QList<FieldError> problems, bool focus = true);
    // Problems shown on the current page follow the input: fixed ones go away as they are
    // fixed.
    void refreshShownProblems();

    std::unique_ptr<Ui::OrganizationWizard> m_ui;
    OrganizationWizardDependencies m_deps;
    QHash<QString, FieldPlace> m_fields; // by the (translated) field name
    QHash<QString, QString> m_fieldLabels; // the core's field name → the label's
    QStringList m_fieldOrder; // as the fields are on their pages
    qint64 m_organizationId = 0;
    qint64 m_savedId = 0;
    bool m_hasWorkspaceVapi = false;
    bool m_hadOwnVapi = false;
    int m_ownCap = 0; // the cap typed (or loaded) for an own account
    int m_workspaceCap = 0; // shown, greyed, while the workspace's account serves
    QString m_savedTwilioSid; // the SID whose secret the keychain already has, when editing
    bool m_slugEdited = false;
    // The Vapi key check: the subject asked about, the one answered, and the answer.
    QString m_vapiPendingSubject;
    QString m_vapiCheckedSubject;
    QString m_vapiOrgId; // of the checked subject; empty: unknown
    QString m_vapiSharedWith; // who else uses that account, named; empty: nobody
    QString m_vapiRefusedSubject; // the key Vapi refused, as it was typed
    QString m_twilioPendingSubject;
    QString m_twilioRefusedSubject; // the credentials Twilio refused
    AfterVapiCheck m_afterVapiCheck = AfterVapiCheck::Stay;
    bool m_saving = false;
    QHash<QString, PoolCheckResult> m_poolResults; // by E.164, for m_poolCheckedSid
    QString m_poolCheckedSid;
    bool m_poolCheckPending = false;
    bool m_finishAfterPoolCheck = false;
};

} // namespace Switchboard
