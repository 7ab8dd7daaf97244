// SPDX-License-Identifier: Apache-2.0
#include "gui/dialogs/SettingsDialog.h"

#include "core/domain/VapiAccount.h"
#include "core/setup/WorkspaceSetup.h"
#include "core/snapshot/SnapshotCache.h"
#include "core/workspace/UserSettings.h"
#include "gui/dialogs/SettingsDialogFields.h"
#include "gui/support/BusyButton.h"
#include "gui/support/CountSuffix.h"
#include "gui/support/DisplayNames.h"
#include "gui/support/StatusColors.h"
#include "gui/support/WheelGuard.h"
#include "gui/widgets/PoolEditor.h"
#include "ui_SettingsDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>
#include <QUrl>

namespace Switchboard {

using SettingsFields::Field;
using SettingsFields::fieldName;

namespace {

const QString GeometryKey = QStringLiteral("settingsDialog/geometry");

bool isPostgresUrl(const QString &text)
{
    return text.startsWith(u"postgresql://", Qt::CaseInsensitive)
            || text.startsWith(u"postgres://", Qt::CaseInsensitive);
}

} // namespace

SettingsDialog::SettingsDialog(const SettingsDialogDependencies &dependencies, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_deps(dependencies)
{
    Q_ASSERT(m_deps.settings && m_deps.snapshots);
    m_ui->setupUi(this);

    WheelGuard::install(this);
    // Each language in its own words, so that someone who cannot read the current one finds his.
    const QStringList names{tr("System default"), QStringLiteral("English"),
            QStringLiteral("Deutsch"), QStringLiteral("Français"), QStringLiteral("Español"),
            QStringLiteral("Português (Brasil)")};
    const QStringList codes = languageCodes();
    for (int i = 0; i < codes.size(); ++i)
        m_ui->languageCombo->addItem(names.at(i), codes.at(i));
    for (int minutes : refreshIntervals())
        m_ui->refreshCombo->addItem(
                minutes ? tr("Every %n minute(s)", nullptr, minutes) : tr("Only when asked (F5)"),
                minutes);
    for (Region region : {Region::Us, Region::Eu})
        m_ui->vapiRegionCombo->addItem(DisplayNames::region(region), toString(region));
    m_ui->twilioPriceSpin->setSuffix(tr(" a month"));
    CountSuffix::follow(m_ui->purchaseLimitSpin,
            [](int count) { return tr(" number(s) a month", nullptr, count); });
    CountSuffix::follow(
            m_ui->freeCapSpin, [](int count) { return tr(" free number(s)", nullptr, count); });
    m_ui->fileEdit->setPlaceholderText(tr("Default: %1").arg(m_deps.defaultDatabaseFile));
    m_ui->currentDatabaseLabel->setText(tr("Open now: %1").arg(m_deps.currentDatabase));
    if (m_deps.sandbox) {
        // Nothing chosen here would be used: the demo's workspace and settings go when it ends.
        m_ui->localRadio->setEnabled(false);
        m_ui->serverRadio->setEnabled(false);
        m_ui->databaseNoteLabel->setText(
                tr("The sandbox demo keeps its workspace in a temporary folder, removed when it "
                   "ends. Start Switchboard without --sandbox to choose where your own "
                   "workspace is."));
    }
    m_pool = new PoolEditor(m_ui->twilioGroup);
    m_ui->twilioGroupLayout->addWidget(m_pool);
    mapFields();

    connect(m_ui->allowPurchaseCheck, &QCheckBox::toggled, m_ui->purchaseLimitSpin,
            &QWidget::setEnabled);
    connect(m_ui->apiKeyRadio, &QRadioButton::toggled, this, &SettingsDialog::updateTwilioFields);
    connect(m_ui->serverRadio, &QRadioButton::toggled, this, &SettingsDialog::updateDatabaseFields);
    connect(m_ui->testVapiButton, &QPushButton::clicked, this, &SettingsDialog::testVapi);
    connect(m_ui->testTwilioButton, &QPushButton::clicked, this, &SettingsDialog::testTwilio);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    load();
    m_ui->purchaseLimitSpin->setEnabled(m_ui->allowPurchaseCheck->isChecked());
    updateTwilioFields();
    updateDatabaseFields();
    restoreGeometry(m_deps.settings->value(GeometryKey).toByteArray());
}

SettingsDialog::~SettingsDialog() = default;

QSettings &SettingsDialog::languageSettings() const
{
    return m_deps.languageSettings ? *m_deps.languageSettings : *m_deps.settings;
}

QStringList SettingsDialog::languageCodes()
{
    return {QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
            QStringLiteral("es"), QStringLiteral("pt_BR")};
}

QList<int> SettingsDialog::refreshIntervals()
{
    return {0, 5, 15, 30, 60};
}

void SettingsDialog::mapFields()
{
    const auto place = [this](Field field, Page page, QWidget *widget) {
        m_fields.insert(fieldName(field), FieldPlace{page, widget});
    };
    place(Field::AreaCode, WorkspacePage, m_ui->areaCodeEdit);
    place(Field::TwilioPrice, WorkspacePage, m_ui->twilioPriceSpin);
    place(Field::PurchaseLimit, WorkspacePage, m_ui->purchaseLimitSpin);
    place(Field::VapiKey, WorkspacePage, m_ui->vapiKeyEdit);
    place(Field::TwilioSid, WorkspacePage, m_ui->twilioSidEdit);
    place(Field::ApiKeySid, WorkspacePage, m_ui->apiKeySidEdit);
    place(Field::AuthToken, WorkspacePage, m_ui->authTokenEdit);
    place(Field::ApiKeySecret, WorkspacePage, m_ui->apiKeySecretEdit);
    place(Field::Pool, WorkspacePage, m_pool->addField());
    place(Field::DatabaseFile, DatabasePage, m_ui->fileEdit);
    place(Field::DatabaseUrl, DatabasePage, m_ui->urlEdit);
}

void SettingsDialog::load()
{
    const QString language = UserSettings(languageSettings()).language();
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(language)));
    m_ui->refreshCombo->setCurrentIndex(std::max(0,
            m_ui->refreshCombo->findData(UserSettings(*m_deps.settings).refreshIntervalMinutes())));
    m_ui->notificationsCheck->setChecked(UserSettings(*m_deps.settings).notificationsEnabled());

    const WorkspaceSnapshot &workspace = m_deps.snapshots->snapshot();
    m_ui->areaCodeEdit->setText(workspace.defaultAreaCode);
    m_ui->twilioPriceSpin->setValue(workspace.twilioNumberMonthlyPrice);
    m_ui->allowPurchaseCheck->setChecked(workspace.workspaceAllowsPurchase);
    m_ui->purchaseLimitSpin->setValue(workspace.workspaceMonthlyPurchaseLimit);
    m_ui->autoProvisionCheck->setChecked(workspace.autoProvisionByDefault);

    const auto vapi = workspace.workspaceVapiAccount();
    m_hasVapiAccount = vapi.has_value();
    m_loadedFreeCap = vapi ? vapi->freeNumberCap : VapiAccount::DefaultFreeNumberCap;
    m_ui->freeCapSpin->setValue(m_loadedFreeCap);
    if (vapi)
        m_ui->vapiRegionCombo->setCurrentIndex(
                m_ui->vapiRegionCombo->findData(toString(vapi->region)));
    m_ui->vapiHintLabel->setText(m_hasVapiAccount
                    ? tr("It serves every organization that does not bring its own. Leave the "
                         "key empty to keep the one in the keychain.")
                    : tr("Not set up yet: choose its region and enter its private API key (in the "
                         "Vapi dashboard under API Keys)."));

    m_savedTwilio = workspace.twilioAccountOf(0);
    m_pool->setNumbers(
            m_savedTwilio ? workspace.poolNumbersOf(m_savedTwilio->id) : QList<PoolNumber>());
    if (m_savedTwilio) {
        m_ui->twilioSidEdit->setText(m_savedTwilio->accountSid);
        m_ui->apiKeyRadio->setChecked(m_savedTwilio->authMode == TwilioAuthMode::ApiKey);
        m_ui->apiKeySidEdit->setText(m_savedTwilio->apiKeySid);
    }
    m_ui->twilioHintLabel->setText(m_savedTwilio
                    ? tr("Numbers of its pool go to organizations without a Twilio account of "
                         "their own, and to those whose own pool is used up (the chain's next "
                         "link). Leave the secret empty to keep the one in the keychain.")
                    : tr("Optional: when the free Vapi numbers run out, numbers of this account "
                         "go to organizations without a Twilio account of their own, and to "
                         "those whose own pool is used up. The auth token is on the Twilio "
                         "console's home page."));

    const QString location = UserSettings(*m_deps.settings).databaseLocation();
    if (isPostgresUrl(location)) {
        m_ui->serverRadio->setChecked(true);
        m_ui->urlEdit->setText(location);
    } else {
        m_ui->localRadio->setChecked(true);
        m_ui->fileEdit->setText(location);
    }
}

void SettingsDialog::showPage(Page page)
{
    m_ui->settingsTabs->setCurrentIndex(page);
}

void SettingsDialog::updateDatabaseFields()
{
    const bool server = m_ui->serverRadio->isChecked();
    m_ui->fileEdit->setEnabled(!server && !m_deps.sandbox);
    m_ui->urlEdit->setEnabled(server && !m_deps.sandbox);
}

QString SettingsDialog::databaseLocation() const
{
    return m_ui->serverRadio->isChecked() ? m_ui->urlEdit->text().trimmed()
                                          : m_ui->fileEdit->text().trimmed();
}

FieldError SettingsDialog::checkDatabaseUrl(const QString &text, const QString &field)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {field,
                tr("is empty: enter the team server's address, such as "
                   "postgresql://user@db.example.com/switchboard")};
    if (!isPostgresUrl(trimmed))
        return {field, tr("must start with postgresql:// or postgres://")};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return {field, tr("is not a valid URL: %1").arg(url.errorString())};
    if (url.host().isEmpty())
        return {field, tr("names no server: write it after //, such as db.example.com")};
    // Settings are plain text on disk: the password is kept in the keychain instead.
    if (!url.password().isEmpty())
        return {field,
                tr("must not contain a password: remove it from the URL; passwords are kept in "
                   "the keychain, never in the settings")};
    return {};
}

FieldError SettingsDialog::checkDatabaseFile(const QString &text, const QString &field)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {}; // the default file
    if (isPostgresUrl(trimmed))
        return {field, tr("is a server address: choose \"Team server\" for it")};
    const QFileInfo info(trimmed);
    if (!info.isAbsolute())
        return {field,
                tr("must be a full path, such as %1")
                        .arg(QDir::toNativeSeparators(
                                QDir::home().filePath(QStringLiteral("workspace.db"))))};
    if (info.isDir())
        return {field,
                tr("is a folder: name the file in it, such as %1")
                        .arg(QDir::toNativeSeparators(
                                QDir(trimmed).filePath(QStringLiteral("workspace.db"))))};
    return {};
}

QList<FieldError> SettingsDialog::problems() const
{
    QList<FieldError> problems;
    const auto add = [&problems](const FieldError &problem) {
        if (problem)
            problems << problem;
    };
    add(Validation::checkAreaCode(
            m_ui->areaCodeEdit->text().trimmed(), fieldName(Field::AreaCode)));

    const QString vapiKey = m_ui->vapiKeyEdit->text().trimmed();
    if (vapiKey.contains(u' '))
        add({fieldName(Field::VapiKey), tr("contains a space: paste the key alone")});
    else if (vapiKey.isEmpty() && m_workspaceSetup && !m_hasVapiAccount)
        add({fieldName(Field::VapiKey),
                tr("is needed to set up the workspace; find the private key in the Vapi "
                   "dashboard under API Keys")});

    const QString sid = m_ui->twilioSidEdit->text().trimmed();
    const bool apiKey = m_ui->apiKeyRadio->isChecked();
    if (sid.isEmpty() && m_savedTwilio) {
        add({fieldName(Field::TwilioSid),
                tr("cannot be emptied: the workspace's pool numbers are filed under this "
                   "account; enter its SID again")});
    } else if (!sid.isEmpty()) {
        add(Validation::checkTwilioSid(sid, TwilioSidKind::Account, fieldName(Field::TwilioSid)));
        if (apiKey)
            add(Validation::checkTwilioSid(m_ui->apiKeySidEdit->text().trimmed(),
                    TwilioSidKind::ApiKey, fieldName(Field::ApiKeySid)));
        if (twilioNeedsSecret() && twilioSecret().isEmpty())
            add({fieldName(apiKey ? Field::ApiKeySecret : Field::AuthToken),
                    apiKey ? tr("is needed to reach the account; Twilio shows it once, when the "
                                "API key is created")
                           : tr("is needed to reach the account; it is on the Twilio console's "
                                "home page")});
    }

    for (const FieldError &problem : m_pool->problems(fieldName(Field::Pool)))
        add(problem);

    // The Database page changes nothing in the sandbox demo.
    if (!m_deps.sandbox && m_ui->serverRadio->isChecked())
        add(checkDatabaseUrl(m_ui->urlEdit->text(), fieldName(Field::DatabaseUrl)));
    else if (!m_deps.sandbox)
        add(checkDatabaseFile(m_ui->fileEdit->text(), fieldName(Field::DatabaseFile)));
    return problems;
}

void SettingsDialog::showProblems(const QList<FieldError> &problems)
{
    QStringList lines;
    for (const FieldError &problem : problems)
        lines << problem.toString();
    m_ui->errorLabel->setText(lines.join(u'\n'));
    QPalette palette = m_ui->errorLabel->palette();
    palette.setColor(
            QPalette::WindowText, StatusColors::text(StatusColors::Level::Critical, palette));
    m_ui->errorLabel->setPalette(palette);
    if (problems.isEmpty())
        return;
    const FieldPlace place = m_fields.value(problems.constFirst().field);
    if (place.widget) {
        showPage(place.page);
        m_ui->workspaceScroll->ensureWidgetVisible(place.widget);
        place.widget->setFocus(Qt::OtherFocusReason);
    }
}

void SettingsDialog::accept()
{
    const QList<FieldError> found = problems();
    if (!found.isEmpty()) {
        showProblems(found);
        return;
    }
    if (!m_saving)
        save();
}

void SettingsDialog::done(int result)
{
    // A save under way finishes before the dialog closes: its secrets have yet to be kept.
    if (m_saving || m_keepingSecrets)
        return;
    m_deps.settings->setValue(GeometryKey, saveGeometry());
    QDialog::done(result);
}

void SettingsDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_ui->buttonBox->setEnabled(!saving);
    m_ui->settingsTabs->setEnabled(!saving);
    if (saving)
        StatusColors::showPending(m_ui->errorLabel, tr("Saving…"));
}

// The workspace's part in one transaction on the storage thread, then this user's settings:
// nothing half-saved.
void SettingsDialog::save()
{
    WorkspaceSetup setup;
    setup.defaultAreaCode = m_ui->areaCodeEdit->text().trimmed();
    setup.twilioNumberMonthlyPrice = m_ui->twilioPriceSpin->value();
    setup.allowPurchase = m_ui->allowPurchaseCheck->isChecked();
    // A limit is kept only while buying is allowed.
    setup.monthlyPurchaseLimit = *setup.allowPurchase ? m_ui->purchaseLimitSpin->value() : 0;
    setup.autoProvisionByDefault = m_ui->autoProvisionCheck->isChecked();
    // The region is saved with an account: one is made when a key is given for none.
    const QString vapiKey = m_ui->vapiKeyEdit->text().trimmed();
    if (m_hasVapiAccount || !vapiKey.isEmpty()) {
        setup.vapiRegion = regionFromString(m_ui->vapiRegionCombo->currentData().toString())
                                   .value_or(Region::Us);
        setup.ensureVapiAccount = !vapiKey.isEmpty();
        // Only a cap a person changed: the one shown may be documented or learned, and saving
        // it again would call it set by hand.
        if (m_ui->freeCapSpin->value() != m_loadedFreeCap)
            setup.freeNumberCap = m_ui->freeCapSpin->value();
    }
    const QString sid = m_ui->twilioSidEdit->text().trimmed();
    if (!sid.isEmpty()) {
        const bool apiKey = m_ui->apiKeyRadio->isChecked();
        setup.twilioAccountSid = sid;
        setup.twilioAuthMode = apiKey ? TwilioAuthMode::ApiKey : TwilioAuthMode::AuthToken;
        setup.twilioApiKeySid = apiKey ? m_ui->apiKeySidEdit->text().trimmed() : QString();
    }
    setup.poolNumbers = m_pool->added();
    m_addedPool = setup.poolNumbers;
    setup.poolNumbersRemoved = m_pool->removed();
    setSaving(true);
    // Filled on the storage thread, read here once the answer has come back through the event
    // loop (which orders the two).
    auto accounts = std::make_shared<WorkspaceSetup::Saved>();
    m_deps.snapshots->write(
            [setup, accounts](
                    const WorkspaceStores &stores) { return setup.save(stores, accounts.get()); },
            this, [this, accounts](const WriteResult &result) { saved(result, *accounts); });
}

void SettingsDialog::saved(const WriteResult &result, const WorkspaceSetup::Saved &accounts)
{
    setSaving(false);
    if (!result) {
        // A refused pool (a number in another pool, or taken meanwhile) is shown at the pool.
        showProblems({FieldError{
                result.field() == u"pool" ? fieldName(Field::Pool) : QString(), result.message()}});
        return;
    }
    UserSettings language(languageSettings());
    m_languageChanged = language.language() != m_ui->languageCombo->currentData().toString();
    language.setLanguage(m_ui->languageCombo->currentData().toString());
    UserSettings user(*m_deps.settings);
    if (!m_deps.sandbox)
        user.setDatabaseLocation(databaseLocation());
    user.setRefreshIntervalMinutes(m_ui->refreshCombo->currentData().toInt());
    user.setNotificationsEnabled(m_ui->notificationsCheck->isChecked());

    m_secrets.clear();
    const QString vapiKey = m_ui->vapiKeyEdit->text().trimmed();
    if (accounts.vapi && !vapiKey.isEmpty())
        m_secrets.append({SecretKey::forAccount(*accounts.vapi), vapiKey});
    if (accounts.twilio && !twilioSecret().isEmpty())
        m_secrets.append({SecretKey::forAccount(*accounts.twilio), twilioSecret()});
    m_savedTwilio = accounts.twilio;
    m_createdVapiAccountId = !m_hasVapiAccount && accounts.vapi ? accounts.vapi->id : 0;
    if (m_secrets.isEmpty()) {
        Q_EMIT settingsSaved();
        QDialog::accept();
        return;
    }
    // The keychain may ask for a password, or refuse: the dialog waits for its answer.
    m_keepingSecrets = true;
    setSaving(true);
    StatusColors::showPending(m_ui->errorLabel, tr("Keeping the keys in the keychain…"));
    Q_EMIT settingsSaved();
}

void SettingsDialog::secretsKept(const QString &error)
{
    if (!m_keepingSecrets)
        return;
    m_keepingSecrets = false;
    setSaving(false);
    if (error.isEmpty()) {
        QDialog::accept();
        return;
    }
    if (m_createdVapiAccountId) {
        // Taken out again by whoever keeps the secrets: saving again sets it up anew.
        m_hasVapiAccount = false;
        m_createdVapiAccountId = 0;
    }
    showProblems({FieldError{QString(), error}});
}

} // namespace Switchboard
