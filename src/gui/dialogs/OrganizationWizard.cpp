// SPDX-License-Identifier: Apache-2.0
#include "gui/dialogs/OrganizationWizard.h"

#include "core/domain/Validation.h"
#include "core/domain/VapiAccount.h"
#include "core/setup/OrganizationSave.h"
#include "core/storage/AccountStore.h"
#include "core/storage/NumberPoolStore.h"
#include "core/storage/OrganizationStore.h"
#include "core/storage/WorkspaceDatabase.h"
#include "core/storage/WorkspaceSettings.h"
#include "gui/support/BusyButton.h"
#include "gui/support/CountSuffix.h"
#include "gui/support/DisplayNames.h"
#include "gui/support/StatusColors.h"
#include "gui/support/WheelGuard.h"
#include "gui/widgets/WizardSteps.h"
#include "ui_OrganizationWizard.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace Switchboard {
namespace {

// The field names OrganizationSetup::validate() gives its problems, as it translates them.
QString setupField(const char *name)
{
    return QCoreApplication::translate("Switchboard::OrganizationSetup", name);
}

QString secretsMissing(const QString &where)
{
    return OrganizationWizard::tr("is needed to reach the account; %1").arg(where);
}

} // namespace

const QString OrganizationWizard::VapiPrivateKey = QStringLiteral("vapi.privateKey");
const QString OrganizationWizard::TwilioAuthToken = QStringLiteral("twilio.authToken");
const QString OrganizationWizard::TwilioApiKeySecret = QStringLiteral("twilio.apiKeySecret");

OrganizationWizard::OrganizationWizard(
        const OrganizationWizardDependencies &dependencies, qint64 organizationId, QWidget *parent)
    : QWizard(parent)
    , m_ui(std::make_unique<Ui::OrganizationWizard>())
    , m_deps(dependencies)
    , m_organizationId(organizationId)
{
    Q_ASSERT(m_deps.database && m_deps.organizations && m_deps.accounts && m_deps.pool);
    m_ui->setupUi(this);
    setOption(QWizard::HaveHelpButton, false);
    WheelGuard::install(this);
    for (Region region : {Region::Us, Region::Eu})
        m_ui->regionCombo->addItem(DisplayNames::region(region), toString(region));
    const bool workspaceDefault
            = !m_deps.workspaceSettings || m_deps.workspaceSettings->autoProvisionByDefault();
    m_ui->autoProvisionCombo->addItem(workspaceDefault
                    ? tr("As the workspace's default: a number automatically")
                    : tr("As the workspace's default: a number on request only"),
            toString(AutoProvision::Workspace));
    m_ui->autoProvisionCombo->addItem(
            tr("Get a number automatically"), toString(AutoProvision::On));
    m_ui->autoProvisionCombo->addItem(
            tr("Get a number only when someone asks"), toString(AutoProvision::Off));
    const auto workspaceAccount = m_deps.accounts->workspaceVapiAccount();
    m_hasWorkspaceVapi = workspaceAccount.has_value();
    if (workspaceAccount) {
        m_ui->regionCombo->setCurrentIndex(
                m_ui->regionCombo->findData(toString(workspaceAccount->region)));
        m_workspaceCap = workspaceAccount->freeNumberCap;
    }
    m_ui->freeCapSpin->setValue(VapiAccount::DefaultFreeNumberCap);
    m_ownCap = VapiAccount::DefaultFreeNumberCap;
    CountSuffix::follow(
            m_ui->freeCapSpin, [](int count) { return tr(" free number(s)", nullptr, count); });
    mapFields();
    setSideWidget(new WizardSteps(this));

    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, &OrganizationWizard::suggestSlug);
    connect(m_ui->slugEdit, &QLineEdit::textEdited, this, [this] { m_slugEdited = true; });
    connect(m_ui->ownVapiRadio, &QRadioButton::toggled, this, &OrganizationWizard::updateVapiPage);
    connect(m_ui->ownTwilioCheck, &QCheckBox::toggled, this, &OrganizationWizard::updateTwilioPage);
    connect(m_ui->ownTwilioCheck, &QCheckBox::toggled, this, &OrganizationWizard::checkPool);
    connect(m_ui->apiKeyRadio, &QRadioButton::toggled, this, &OrganizationWizard::updateTwilioPage);
    connect(m_ui->allowPurchaseCheck, &QCheckBox::toggled, m_ui->purchaseLimitSpin,
            &QWidget::setEnabled);
    connect(m_ui->poolEdit, &QPlainTextEdit::textChanged, this, &OrganizationWizard::checkPool);
    connect(m_ui->allowPurchaseCheck, &QCheckBox::toggled, this, &OrganizationWizard::checkPool);
    connect(m_ui->testVapiButton, &QPushButton::clicked, this, &OrganizationWizard::testVapi);
    // A warning about a shared Vapi account holds for the key (and region) it was given for.
    connect(m_ui->vapiKeyEdit, &QLineEdit::textChanged, this,
            &OrganizationWizard::showSharedVapiAccount);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this,
            &OrganizationWizard::showSharedVapiAccount);
    connect(m_ui->ownVapiRadio, &QRadioButton::toggled, this,
            &OrganizationWizard::showSharedVapiAccount);
    connect(m_ui->testTwilioButton, &QPushButton::clicked, this, &OrganizationWizard::testTwilio);
    connect(m_ui->checkPoolButton, &QPushButton::clicked, this,
            [this] { checkPoolWithTwilio(false); });
    // Ticking the box is the consent: the numbers' applications or trunks are cleared now.
    connect(m_ui->clearRoutingCheck, &QCheckBox::toggled, this, [this](bool consent) {
        if (consent)
            checkPoolWithTwilio(true);
    });
    m_ui->clearRoutingCheck->setVisible(false);
    // A test's answer is about the credentials it was given: edited, they are untested again
    // (found by the second walk: "Connected" stayed beside a key typed over the tested one).
    for (QLineEdit *edit : {m_ui->vapiKeyEdit})
        connect(edit, &QLineEdit::textEdited, m_ui->vapiTestResultLabel, &QLabel::clear);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, m_ui->vapiTestResultLabel,
            &QLabel::clear);
    for (QLineEdit *edit :
            {m_ui->twilioSidEdit, m_ui->apiKeySidEdit, m_ui->apiKeySecretEdit, m_ui->authTokenEdit})
        connect(edit, &QLineEdit::textEdited, m_ui->twilioTestResultLabel, &QLabel::clear);
    // Problems on show follow the input (found by the GUI walk: they stayed after the fix).
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &OrganizationWizard::refreshShownProblems);
    for (QAbstractButton *button : findChildren<QAbstractButton *>()) {
        if (button->isCheckable())
            connect(button, &QAbstractButton::toggled, this,
                    &OrganizationWizard::refreshShownProblems);
    }
    connect(m_ui->poolEdit, &QPlainTextEdit::textChanged, this,
            &OrganizationWizard::refreshShownProblems);

    if (m_organizationId)
        load(m_organizationId);
    setWindowTitle(m_organizationId ? tr("Edit the organization") : tr("Set up an organization"));
    m_ui->purchaseLimitSpin->setEnabled(m_ui->allowPurchaseCheck->isChecked());
    m_ui->purchaseLimitSpin->setSuffix(tr(" a month"));
    updateVapiPage();
    updateTwilioPage();
    checkPool();
    showSharedVapiAccount();
}

OrganizationWizard::~OrganizationWizard() = default;

void OrganizationWizard::mapFields()
{
    const auto place = [this](const QString &field, int page, QWidget *widget) {
        m_fields.insert(field, FieldPlace{page, widget});
        m_fieldOrder << field;
    };
    // In the order the fields are on their pages: problems are listed in it.
    // Problems name a field as its label does where the core's word differs (found by the
    // walk: "name: must not be empty" beside "Display name").
    m_fieldLabels.insert(setupField("name"), tr("Display name"));
    m_fieldLabels.insert(setupField("slug"), tr("Slug"));
    m_fieldLabels.insert(setupField("area code"), tr("Preferred area code"));
    m_fieldLabels.insert(setupField("purchase limit"), tr("Monthly limit"));
    place(setupField("name"), OrganizationPage, m_ui->nameEdit);
    place(setupField("slug"), OrganizationPage, m_ui->slugEdit);
    place(tr("Vapi private key"), VapiPage, m_ui->vapiKeyEdit);
    place(setupField("free-number cap"), VapiPage, m_ui->freeCapSpin);
    place(tr("Vapi account"), VapiPage, m_ui->sharedVapiConfirmCheck);
    place(setupField("Twilio account SID"), TwilioPage, m_ui->twilioSidEdit);
    place(setupField("Twilio API key SID"), TwilioPage, m_ui->apiKeySidEdit);
    place(tr("Twilio auth token"), TwilioPage, m_ui->authTokenEdit);
    place(tr("Twilio API key secret"), TwilioPage, m_ui->apiKeySecretEdit);
    place(setupField("number pool"), NumbersPage, m_ui->poolEdit);
    place(setupField("area code"), NumbersPage, m_ui->areaCodeEdit);
    place(setupField("purchase limit"), NumbersPage, m_ui->purchaseLimitSpin);
    place(setupField("allow purchase"), NumbersPage, m_ui->allowPurchaseCheck);
}

void OrganizationWizard::load(qint64 organizationId)
{
    const auto loaded = OrganizationSetup::load(
            organizationId, *m_deps.organizations, *m_deps.accounts, *m_deps.pool);
    if (!loaded)
        return;
    m_slugEdited = true;
    m_ui->nameEdit->setText(loaded->name);
    m_ui->slugEdit->setText(loaded->slug);
    // Scripts, exports and the keychain name the organization by its slug (issue 17: editing
    // it broke them); it can be read and copied, not changed.
    // Read-only looks like it, and the page says why (found by the walk: a white field that
    // took the focus and ignored typing, with the reason only in a tooltip).
    m_ui->slugEdit->setReadOnly(true);
    QPalette readOnly = m_ui->slugEdit->palette();
    readOnly.setColor(QPalette::Base, readOnly.color(QPalette::Window));
    m_ui->slugEdit->setPalette(readOnly);
    const QString why = tr("The slug stays as it was chosen: scripts, exports and the keychain "
                           "name the organization by it.");
    m_ui->slugEdit->setToolTip(why);
    page(OrganizationPage)->setSubTitle(tr("Who the customer is.") + u' ' + why);
    m_ui->contactEdit->setText(loaded->contact);
    m_hadOwnVapi = loaded->ownVapiAccount;
    m_ui->ownVapiRadio->setChecked(loaded->ownVapiAccount);
    if (loaded->ownVapiAccount)
        m_ui->regionCombo->setCurrentIndex(m_ui->regionCombo->findData(toString(loaded->region)));
    if (loaded->freeNumberCap) {
        m_ui->freeCapSpin->setValue(*loaded->freeNumberCap);
        m_ownCap = *loaded->freeNumberCap;
    }
    m_savedTwilioSid = loaded->twilioAccountSid;
    m_ui->ownTwilioCheck->setChecked(!loaded->twilioAccountSid.isEmpty());
    m_ui->twilioSidEdit->setText(loaded->twilioAccountSid);
    m_ui->apiKeyRadio->setChecked(!loaded->twilioApiKeySid.isEmpty());
    m_ui->apiKeySidEdit->setText(loaded->twilioApiKeySid);
    QStringList pool;
    for (const QString &number : loaded->poolNumbers)
        pool << PhoneAddress::parse(number).displayText();
    m_ui->poolEdit->setPlainText(pool.join(u'\n'));
    m_ui->areaCodeEdit->setText(loaded->preferredAreaCode);
    m_ui->otherAreaCodesCheck->setChecked(loaded->freeAreaCodes == FreeAreaCodes::Any);
    m_ui->preferSipCheck->setChecked(loaded->preferSip);
    m_ui->allowPurchaseCheck->setChecked(loaded->allowPurchase);
    m_ui->purchaseLimitSpin->setValue(loaded->monthlyPurchaseLimit);
    m_ui->autoProvisionCombo->setCurrentIndex(
            m_ui->autoProvisionCombo->findData(toString(loaded->autoProvision)));
}

OrganizationSetup OrganizationWizard::setup() const
{
    OrganizationSetup s;
    s.id = m_organizationId;
    s.name = m_ui->nameEdit->text().trimmed();
    s.slug = m_ui->slugEdit->text().trimmed();
    s.contact = m_ui->contactEdit->text().trimmed();
    s.ownVapiAccount = m_ui->ownVapiRadio->isChecked();
    s.region = regionFromString(m_ui->regionCombo->currentData().toString()).value_or(Region::Us);
    if (m_ui->ownTwilioCheck->isChecked()) {
        s.twilioAccountSid = m_ui->twilioSidEdit->text().trimmed();
        if (m_ui->apiKeyRadio->isChecked())
            s.twilioApiKeySid = m_ui->apiKeySidEdit->text().trimmed();
    }
    s.poolNumbers = poolEntries();
    s.preferredAreaCode = m_ui->areaCodeEdit->text().trimmed();
    s.freeAreaCodes
            = m_ui->otherAreaCodesCheck->isChecked() ? FreeAreaCodes::Any : FreeAreaCodes::OwnOnly;
    s.preferSip = m_ui->preferSipCheck->isChecked();
    s.allowPurchase = m_ui->allowPurchaseCheck->isChecked();
    s.monthlyPurchaseLimit = s.allowPurchase ? m_ui->purchaseLimitSpin->value() : 0;
    s.autoProvision = autoProvisionFromString(m_ui->autoProvisionCombo->currentData().toString())
                              .value_or(AutoProvision::Workspace);
    s.setUpWorkspaceVapi = !s.ownVapiAccount && !m_hasWorkspaceVapi;
    // The cap of the account this page sets up; the workspace's set-up one is in Settings.
    if (s.ownVapiAccount || s.setUpWorkspaceVapi)
        s.freeNumberCap = m_ui->freeCapSpin->value();
    // A new key: the account it reaches as learned (empty: unknown), replacing what was known.
    if (const QString subject = vapiSubject(); !subject.isEmpty())
        s.vapiOrgId = subject == m_vapiCheckedSubject ? m_vapiOrgId : QString();
    return s;
}

QStringList OrganizationWizard::poolEntries() const
{
    static const QRegularExpression separators(QStringLiteral("[\\n,;]"));
    QStringList entries;
    for (const QString &part : m_ui->poolEdit->toPlainText().split(separators)) {
        const QString entry = part.trimmed();
        if (!entry.isEmpty())
            entries << entry;
    }
    return entries;
}

// The keys the keychain will need: asked for when an account is new (or its SID changed).
QList<FieldError> OrganizationWizard::secretProblems() const
{
    QList<FieldError> problems;
    const bool own = m_ui->ownVapiRadio->isChecked();
    if (((own && !m_hadOwnVapi) || (!own && !m_hasWorkspaceVapi))
            && m_ui->vapiKeyEdit->text().trimmed().isEmpty())
        problems << FieldError{tr("Vapi private key"),
                secretsMissing(tr("find it in the Vapi dashboard under API Keys"))};
    const QString sid = m_ui->twilioSidEdit->text().trimmed();
    if (!m_ui->ownTwilioCheck->isChecked())
        return problems;
    if (sid.isEmpty())
        problems << FieldError{setupField("Twilio account SID"),
                tr("is needed for the organization's own Twilio account; it is on the Twilio "
                   "console's home page")};
    if (!sid.isEmpty() && sid == m_savedTwilioSid)
        return problems; // the keychain has its secret already; empty fields keep it
    if (m_ui->apiKeyRadio->isChecked()) {
        if (m_ui->apiKeySidEdit->text().trimmed().isEmpty())
            problems << FieldError{setupField("Twilio API key SID"),
                    tr("is needed to sign in with an API key; create one in the Twilio console "
                       "under API keys")};
        if (m_ui->apiKeySecretEdit->text().isEmpty())
            problems << FieldError{tr("Twilio API key secret"),
                    secretsMissing(tr("Twilio shows it once, when the API key is created"))};
    } else if (m_ui->authTokenEdit->text().isEmpty()) {
        problems << FieldError{tr("Twilio auth token"),
                secretsMissing(tr("it is on the Twilio console's home page"))};
    }
    return problems;
}

QList<FieldError> OrganizationWizard::problems() const
{
    const OrganizationSetup s = setup();
    return s.validate() + s.checkAgainstWorkspace(*m_deps.database, *m_deps.accounts)
            + secretProblems() + refusedCredentialProblems() + vapiSharingProblems()
            + twilioPoolProblems();
}

// Credentials the service itself refused, still typed in as they were: found by the GUI walk,
// the wizard went on and saved a refused key as the workspace's, and every customer on it
// went offline.
QList<FieldError> OrganizationWizard::refusedCredentialProblems() const
{
    QList<FieldError> problems;
    if (!m_vapiRefusedSubject.isEmpty() && vapiSubject() == m_vapiRefusedSubject)
        problems << FieldError{tr("Vapi private key"),
                tr("Vapi refused this key; copy the private key (not the public one) from the "
                   "Vapi dashboard's API Keys page, then test it again")};
    if (!m_twilioRefusedSubject.isEmpty() && twilioSubject() == m_twilioRefusedSubject)
        problems << FieldError{m_ui->apiKeyRadio->isChecked() ? tr("Twilio API key secret")
                                                              : tr("Twilio auth token"),
                tr("Twilio refused these credentials; check the account SID and the secret in "
                   "the Twilio console, then test them again")};
    return problems;
}

// The Twilio credentials as typed in; empty when the organization has no Twilio account.
QString OrganizationWizard::twilioSubject() const
{
    if (!m_ui->ownTwilioCheck->isChecked())
        return {};
    const bool apiKey = m_ui->apiKeyRadio->isChecked();
    return m_ui->twilioSidEdit->text().trimmed() + u'\n'
            + (apiKey ? m_ui->apiKeySidEdit->text().trimmed() : QString()) + u'\n'
            + (apiKey ? m_ui->apiKeySecretEdit->text() : m_ui->authTokenEdit->text());
}

OrganizationWizard::FieldPlace OrganizationWizard::placeOf(const FieldError &problem) const
{
    return m_fields.value(problem.field, FieldPlace{NumbersPage, nullptr});
}

bool OrganizationWizard::validateCurrentPage()
{
    if (m_saving)
        return false;
    QList<FieldError> here;
    for (const FieldError &problem : problems()) {
        if (placeOf(problem).page == currentId())
            here << problem;
    }
    showProblems(currentId(), here);
    if (!here.isEmpty())
        return false;
    // A new Vapi key: which account it reaches first; the wizard goes on when Vapi has said.
    if (currentId() == VapiPage && vapiCheckNeeded()) {
        startVapiCheck(AfterVapiCheck::Next);
        return false;
    }
    return true;
}

void OrganizationWizard::showProblems(int pageId, QList<FieldError> problems, bool focus)
{
    QLabel *label = nullptr;
    switch (pageId) {
    case OrganizationPage:
        label = m_ui->organizationErrorLabel;
        break;
    case VapiPage:
        label = m_ui->vapiErrorLabel;
        break;
    case TwilioPage:
        label = m_ui->twilioErrorLabel;
        break;
    default:
        label = m_ui->numbersErrorLabel;
        break;
    }
    // In the order of the page's fields (found by the GUI walk: "slug" above "name", and the
    // focus on the second field).
    std::stable_sort(
            problems.begin(), problems.end(), [this](const FieldError &a, const FieldError &b) {
                const auto rank = [this](const FieldError &e) {
                    const qsizetype at = m_fieldOrder.indexOf(e.field);
                    return at < 0 ? m_fieldOrder.size() : at;
                };
                return rank(a) < rank(b);
            });
    QStringList lines;
    for (const FieldError &problem : problems)
        lines << FieldError{m_fieldLabels.value(problem.field, problem.field), problem.message}
                         .toString();
    label->setText(lines.join(u'\n'));
    QPalette palette = label->palette();
    palette.setColor(
            QPalette::WindowText, StatusColors::text(StatusColors::Level::Critical, palette));
    label->setPalette(palette);
    if (focus && !problems.isEmpty()) {
        if (QWidget *widget = placeOf(problems.constFirst()).widget)
            widget->setFocus(Qt::OtherFocusReason);
    }
}

void OrganizationWizard::refreshShownProblems()
{
    const int page = currentId();
    QLabel *label = page == OrganizationPage ? m_ui->organizationErrorLabel
            : page == VapiPage               ? m_ui->vapiErrorLabel
            : page == TwilioPage             ? m_ui->twilioErrorLabel
                                             : m_ui->numbersErrorLabel;
    if (label->text().isEmpty() || m_saving)
        return; // nothing shown: nothing is said before Next is pressed
    QList<FieldError> here;
    for (const FieldError &problem : problems()) {
        if (placeOf(problem).page == page)
            here << problem;
    }
    showProblems(page, here, false);
}

void OrganizationWizard::accept()
{
    if (m_saving)
        return;
    const QList<FieldError> all = problems();
    if (!all.isEmpty()) {
        // Back to the page of the first problem, with every problem of that page shown.
        const int page = placeOf(all.constFirst()).page;
        while (currentId() > page)
            back();
        QList<FieldError> here;
        for (const FieldError &problem : all) {
            if (placeOf(problem).page == page)
                here << problem;
        }
        showProblems(page, here);
        return;
    }
    if (vapiCheckNeeded()) {
        while (currentId() > VapiPage)
            back();
        startVapiCheck(AfterVapiCheck::Finish);
        return;
    }
    // Pool numbers Twilio has not been asked about yet: asked first, then Finish goes on.
    if (poolCheckPossible()) {
        const QList<PhoneAddress> numbers = setup().parsedPoolNumbers();
        const bool unasked = std::any_of(numbers.cbegin(), numbers.cend(),
                [this](const PhoneAddress &n) { return !poolResult(n); });
        if (unasked) {
            m_finishAfterPoolCheck = true;
            checkPoolWithTwilio(false);
            return;
        }
    }
    save();
}

bool OrganizationWizard::poolCheckPossible() const
{
    if (!m_ui->ownTwilioCheck->isChecked() || setup().parsedPoolNumbers().isEmpty())
        return false;
    const QString sid = m_ui->twilioSidEdit->text().trimmed();
    if (!Validation::isTwilioSid(sid, TwilioSidKind::Account))
        return false;
    const bool apiKey = m_ui->apiKeyRadio->isChecked();
    const QString secret = apiKey ? m_ui->apiKeySecretEdit->text() : m_ui->authTokenEdit->text();
    return !secret.isEmpty() || sid == m_savedTwilioSid;
}

void OrganizationWizard::checkPoolWithTwilio(bool clearRouting)
{
    if (m_poolCheckPending)
        return;
    if (!poolCheckPossible()) {
        m_finishAfterPoolCheck = false;
        StatusColors::showOutcome(m_ui->poolTwilioLabel, false,
                tr("Enter the organization's Twilio account and its secret first (Twilio page)."));
        return;
    }
    QList<PhoneAddress> numbers = setup().parsedPoolNumbers();
    if (clearRouting) { // only those Twilio said are routed elsewhere
        numbers.removeIf([this](const PhoneAddress &n) {
            const auto result = poolResult(n);
            return !result || result->check != PoolNumber::TwilioCheck::Routed;
        });
    }
    const bool apiKey = m_ui->apiKeyRadio->isChecked();
    const QString sid = m_ui->twilioSidEdit->text().trimmed();
    m_poolCheckPending = true;
    m_ui->checkPoolButton->setEnabled(false);
    StatusColors::showPending(
            m_ui->poolTwilioLabel, clearRouting ? tr("Clearing in Twilio…") : tr("Asking Twilio…"));
    Q_EMIT checkPoolRequested(sid, apiKey ? m_ui->apiKeySidEdit->text().trimmed() : QString(),
            apiKey ? m_ui->apiKeySecretEdit->text() : m_ui->authTokenEdit->text(), numbers,
            clearRouting);
}

void OrganizationWizard::setPoolCheckResults(const QList<PoolCheckResult> &results)
{
    m_poolCheckPending = false;
    m_ui->checkPoolButton->setEnabled(m_ui->ownTwilioCheck->isChecked());
    const QString sid = m_ui->twilioSidEdit->text().trimmed();
    if (sid != m_poolCheckedSid) {
        m_poolResults.clear();
        m_poolCheckedSid = sid;
    }
    for (const PoolCheckResult &result : results)
        m_poolResults.insert(result.number.toString(), result);
    int unusable = 0;
    int routed = 0;
    int unanswered = 0;
    for (const PhoneAddress &number : setup().parsedPoolNumbers()) {
        const auto result = poolResult(number);
        if (!result || !result->answered)
            unanswered += result ? 1 : 0;
        else if (result->check == PoolNumber::TwilioCheck::Routed)
            ++routed;
        else if (!result->usable())
            ++unusable;
    }
    m_ui->clearRoutingCheck->setVisible(routed > 0);
    if (routed == 0) {
        const QSignalBlocker quiet(m_ui->clearRoutingCheck);
        m_ui->clearRoutingCheck->setChecked(false);
    }
    if (unusable + routed + unanswered == 0)
        StatusColors::showOutcome(m_ui->poolTwilioLabel, true,
                tr("Twilio holds every number, and each takes calls."));
    else
        StatusColors::showOutcome(m_ui->poolTwilioLabel, false,
                tr("Twilio: %1 cannot be used, %2 send their calls elsewhere, %3 could not be "
                   "checked (see the list).")
                        .arg(QLocale().toString(unusable), QLocale().toString(routed),
                                QLocale().toString(unanswered)));
    checkPool();
    const bool finish = m_finishAfterPoolCheck;
    m_finishAfterPoolCheck = false;
    if (finish)
        accept();
    else
        showProblems(NumbersPage, twilioPoolProblems());
}

std::optional<PoolCheckResult> OrganizationWizard::poolResult(const PhoneAddress &number) const
{
    if (m_poolCheckedSid != m_ui->twilioSidEdit->text().trimmed()
            || !m_poolResults.contains(number.toString()))
        return std::nullopt;
    return m_poolResults.value(number.toString());
}

// A number Twilio does not hold in the account, or that cannot take calls, is refused: Vapi
// could not import it, or an assistant could never answer it.
QList<FieldError> OrganizationWizard::twilioPoolProblems() const
{
    QList<FieldError> problems;
    if (!m_ui->ownTwilioCheck->isChecked())
        return problems;
    for (const PhoneAddress &number : setup().parsedPoolNumbers()) {
        const auto result = poolResult(number);
        if (result && result->answered && !result->usable()
                && result->check != PoolNumber::TwilioCheck::Routed)
            problems << FieldError{setupField("number pool"), result->detail};
    }
    return problems;
}

void OrganizationWizard::reject()
{
    if (!m_saving) // the keychain is taking the secrets: the save ends first, either way
        QWizard::reject();
}

void OrganizationWizard::save()
{
    OrganizationSecrets typed;
    const QMap<QString, QString> entered = secrets();
    typed.vapiPrivateKey = entered.value(VapiPrivateKey);
    typed.twilioSecret
            = entered.value(m_ui->apiKeyRadio->isChecked() ? TwilioApiKeySecret : TwilioAuthToken);
    if (!typed.isEmpty() && !m_deps.credentials) {
        showProblems(currentId(),
                {FieldError{{},
                        tr("Nothing was saved: there is no keychain to keep the "
                           "secrets in.")}});
        return;
    }
    const OrganizationSaveServices services{m_deps.database, m_deps.organizations, m_deps.accounts,
            m_deps.pool, m_deps.credentials};
    // Not a child of the wizard: a save under way ends (and rolls back) on its own.
    auto *job = new OrganizationSave(services, setup(), typed);
    setSaving(true);
    connect(job, &OrganizationSave::finished, this, [this, job](bool saved, const QString &error) {
        setSaving(false);
        if (!saved) {
            showProblems(currentId(), {FieldError{{}, error}});
            return;
        }
        m_savedId = job->setup().id;
        m_organizationId = m_savedId;
        // What Twilio said about the numbers, kept with them (the chain passes over a number
        // routed elsewhere until it is cleared and checked again).
        if (const auto twilio = m_deps.accounts->organizationTwilioAccount(m_savedId)) {
            QList<PoolCheckResult> answered;
            for (const PoolCheckResult &result : std::as_const(m_poolResults)) {
                if (m_poolCheckedSid == twilio->accountSid)
                    answered << result;
            }
            PoolNumberCheck::record(
                    *m_deps.pool, twilio->id, answered, QDateTime::currentDateTimeUtc());
        }
        Q_EMIT organizationSaved(m_savedId);
        QWizard::accept();
    });
    job->start();
}

void OrganizationWizard::setSaving(bool saving)
{
    m_saving = saving;
    for (WizardButton which : {BackButton, NextButton, FinishButton, CancelButton}) {
        if (QAbstractButton *b = button(which))
            b->setEnabled(!saving);
    }
    if (saving)
        showProblems(currentId(), {});
}

QMap<QString, QString> OrganizationWizard::secrets() const
{
    QMap<QString, QString> secrets;
    const auto put = [&secrets](const QString &key, const QString &value) {
        if (!value.isEmpty())
            secrets.insert(key, value);
    };
    if (m_ui->ownVapiRadio->isChecked() || !m_hasWorkspaceVapi)
        put(VapiPrivateKey, m_ui->vapiKeyEdit->text().trimmed());
    if (m_ui->ownTwilioCheck->isChecked()) {
        if (m_ui->apiKeyRadio->isChecked())
            put(TwilioApiKeySecret, m_ui->apiKeySecretEdit->text());
        else
            put(TwilioAuthToken, m_ui->authTokenEdit->text());
    }
    return secrets;
}

qint64 OrganizationWizard::vapiKeyOwner() const
{
    return m_ui->ownVapiRadio->isChecked() ? m_organizationId : 0;
}

void OrganizationWizard::updateTwilioPage()
{
    const bool own = m_ui->ownTwilioCheck->isChecked();
    const bool apiKey = m_ui->apiKeyRadio->isChecked();
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->twilioSidEdit),
                 static_cast<QWidget *>(m_ui->authTokenRadio),
                 static_cast<QWidget *>(m_ui->apiKeyRadio),
                 static_cast<QWidget *>(m_ui->testTwilioButton)})
        widget->setEnabled(own);
    // Buying and asking Twilio need the organization's own account (the walk: they stayed on
    // without one, and only Finish said so).
    m_ui->allowPurchaseCheck->setEnabled(own);
    m_ui->purchaseLimitSpin->setEnabled(own && m_ui->allowPurchaseCheck->isChecked());
    m_ui->checkPoolButton->setEnabled(own);
    m_ui->authTokenEdit->setEnabled(own && !apiKey);
    m_ui->apiKeySidEdit->setEnabled(own && apiKey);
    m_ui->apiKeySecretEdit->setEnabled(own && apiKey);
}

void OrganizationWizard::checkPool()
{
    m_ui->poolCheckList->clear();
    // Numbers another pool holds already, with the refusal that names it.
    QHash<QString, QString> elsewhere; // by E.164
    for (const PoolHolder &holder :
            setup().poolNumbersHeldElsewhere(*m_deps.database, *m_deps.accounts))
        elsewhere.insert(holder.number.toString(), PoolOwnership::refusal(holder));
    QList<PhoneAddress> seen;
    int good = 0;
    int bad = 0;
    int taken = 0;
    const QPalette palette = m_ui->poolCheckList->palette();
    for (const QString &entry : poolEntries()) {
        QString error;
        const PhoneAddress number = PhoneAddress::fromNumber(entry, QStringLiteral("US"), &error);
        auto *item = new QListWidgetItem(m_ui->poolCheckList);
        if (!number.isValid()) {
            ++bad;
            item->setText(tr("✗ %1: %2").arg(entry, error));
            item->setForeground(StatusColors::text(StatusColors::Level::Critical, palette));
        } else if (!seen.contains(number) && elsewhere.contains(number.toString())) {
            ++taken;
            seen << number;
            item->setText(tr("✗ %1").arg(elsewhere.value(number.toString())));
            item->setForeground(StatusColors::text(StatusColors::Level::Critical, palette));
        } else if (seen.contains(number)) {
            item->setText(tr("= %1: listed twice; kept once").arg(number.displayText()));
            item->setForeground(StatusColors::text(StatusColors::Level::Warning, palette));
        } else if (const auto twilio = poolResult(number);
                   twilio && twilio->answered && !twilio->usable()) {
            // Twilio's word: refused (not held, no voice) or a warning (routed elsewhere).
            const bool routed = twilio->check == PoolNumber::TwilioCheck::Routed;
            routed ? ++good : ++bad;
            seen << number;
            item->setText((routed ? tr("⚠ %1") : tr("✗ %1")).arg(twilio->detail));
            item->setForeground(StatusColors::text(
                    routed ? StatusColors::Level::Warning : StatusColors::Level::Critical,
                    palette));
        } else if (twilio && !twilio->answered) {
            // Found by the walk: "could not be checked" above, a ✓ beside the number here.
            ++good; // valid, and kept: Twilio is asked again when the chain takes it
            seen << number;
            item->setText(
                    tr("? %1: Twilio could not be asked (%2)")
                            .arg(number.displayText(),
                                    twilio->error ? twilio->error->toString() : tr("no answer")));
            item->setForeground(StatusColors::text(StatusColors::Level::Warning, palette));
        } else {
            ++good;
            seen << number;
            item->setText(twilio && twilio->usable()
                            ? tr("✓ %1 (Twilio: ready)").arg(number.displayText())
                            : tr("✓ %1").arg(number.displayText()));
        }
        item->setToolTip(item->text());
    }
    // An empty box beside the pool said nothing (found by the walk); it comes with the numbers.
    m_ui->poolCheckList->setVisible(m_ui->poolCheckList->count() > 0);
    if (good + bad + taken == 0)
        // What happens without them, as set on this page (found by the walk: "the chain
        // buys" while buying was off).
        // Without a Twilio account of its own the workspace's serves it (found by the second
        // walk: "wait in the manual queue" for an organization the workspace's Twilio serves).
        m_ui->poolSummaryLabel->setText(!m_ui->ownTwilioCheck->isChecked()
                        ? tr("No Twilio account of its own: past the free numbers, the "
                             "workspace's Twilio account serves it, if it is set up.")
                        : m_ui->allowPurchaseCheck->isChecked()
                        ? tr("No pool numbers: past the free numbers, the chain buys them "
                             "within the monthly limit.")
                        : tr("No pool numbers, and buying is off: past the free numbers, "
                             "assistants wait in the manual queue."));
    else if (!m_ui->ownTwilioCheck->isChecked())
        // Said as the numbers are typed, not first at Finish (found by the walk: "Numbers ready
        // for the pool: 1", then a refusal).
        m_ui->poolSummaryLabel->setText(
                tr("Pool numbers belong to the organization's own Twilio account: tick it on the "
                   "Twilio page, or empty the list."));
    else if (taken > 0)
        m_ui->poolSummaryLabel->setText(
                tr("Numbers ready for the pool: %1; not valid: %2; in another pool: %3 (see the "
                   "list).")
                        .arg(QLocale().toString(good), QLocale().toString(bad),
                                QLocale().toString(taken)));
    else if (bad == 0)
        m_ui->poolSummaryLabel->setText(
                tr("Numbers ready for the pool: %1.").arg(QLocale().toString(good)));
    else
        m_ui->poolSummaryLabel->setText(
                tr("Numbers ready for the pool: %1; not valid: %2 (see the list).")
                        .arg(QLocale().toString(good), QLocale().toString(bad)));
}

void OrganizationWizard::suggestSlug(const QString &name)
{
    if (m_slugEdited)
        return;
    m_ui->slugEdit->setText(Validation::suggestSlug(name));
}

void OrganizationWizard::testTwilio()
{
    const QString sid = m_ui->twilioSidEdit->text().trimmed();
    const bool apiKey = m_ui->apiKeyRadio->isChecked();
    const QString keySid = apiKey ? m_ui->apiKeySidEdit->text().trimmed() : QString();
    FieldError problem = Validation::checkTwilioSid(
            sid, TwilioSidKind::Account, setupField("Twilio account SID"));
    if (!problem && apiKey)
        problem = Validation::checkTwilioSid(
                keySid, TwilioSidKind::ApiKey, setupField("Twilio API key SID"));
    const QString secret = apiKey ? m_ui->apiKeySecretEdit->text() : m_ui->authTokenEdit->text();
    if (!problem && secret.isEmpty())
        problem = FieldError{apiKey ? tr("Twilio API key secret") : tr("Twilio auth token"),
                tr("is empty; enter it first")};
    if (problem) {
        StatusColors::showOutcome(m_ui->twilioTestResultLabel, false, problem.toString());
        return;
    }
    BusyButton::begin(m_ui->testTwilioButton);
    StatusColors::showPending(m_ui->twilioTestResultLabel, tr("Testing…"));
    m_twilioPendingSubject = twilioSubject();
    Q_EMIT testTwilioRequested(sid, keySid, secret);
}

void OrganizationWizard::setTwilioTestResult(bool ok, const QString &message, bool refused)
{
    const QString asked = std::exchange(m_twilioPendingSubject, QString());
    BusyButton::end(m_ui->testTwilioButton, m_ui->ownTwilioCheck->isChecked());
    StatusColors::showOutcome(m_ui->twilioTestResultLabel, ok, message);
    if (refused && !asked.isEmpty())
        m_twilioRefusedSubject = asked;
    else if (ok && asked == m_twilioRefusedSubject)
        m_twilioRefusedSubject.clear();
    refreshShownProblems();
}

} // namespace Switchboard
