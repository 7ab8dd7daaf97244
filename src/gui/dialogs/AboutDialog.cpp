// SPDX-License-Identifier: Apache-2.0
#include "gui/dialogs/AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

const char *const LicenceUrl = "https://www.apache.org/licenses/LICENSE-2.0";

QLabel *textLabel(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(true);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Switchboard"));

    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this) * 2;
    // The application's icon once main() set it; the built-in SVG before (tests, early errors).
    const QIcon appIcon = QApplication::windowIcon().isNull()
            ? QIcon(QStringLiteral(":/icons/switchboard.svg"))
            : QApplication::windowIcon();
    icon->setPixmap(appIcon.pixmap(iconSize, iconSize));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->addWidget(textLabel(QStringLiteral("version"),
            tr("<h2>Switchboard %1</h2>").arg(QStringLiteral(SWITCHBOARD_VERSION)), this));
    text->addWidget(textLabel(QStringLiteral("summary"),
            tr("Phone numbers for Vapi voice assistants across many customer organizations."),
            this));
    text->addWidget(textLabel(QStringLiteral("licence"),
            tr("Copyright 2026 The Switchboard developers.<br>Released under the "
               "<a href=\"%1\">Apache License 2.0</a>.")
                    .arg(QLatin1String(LicenceUrl)),
            this));
    text->addWidget(textLabel(QStringLiteral("qtVersion"),
            tr("Built with Qt %1, running on Qt %2. Switchboard uses Qt, QtKeychain, "
               "libphonenumber and other libraries under their own licences.")
                    .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
            this));

    for (QLabel *label : findChildren<QLabel *>())
        label->setMinimumWidth(label == icon ? 0 : 380);

    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    m_notices = new QTextBrowser(this);
    m_notices->setObjectName(QStringLiteral("notices"));
    m_notices->setOpenExternalLinks(true);
    m_notices->setMarkdown(thirdPartyNotices());
    m_notices->setMinimumHeight(240);
    m_notices->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_noticesButton = buttons->addButton(tr("&Third-party licences"), QDialogButtonBox::ActionRole);
    m_noticesButton->setObjectName(QStringLiteral("noticesButton"));
    m_noticesButton->setCheckable(true);
    connect(m_noticesButton, &QPushButton::toggled, this, &AboutDialog::toggleNotices);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_notices, 1);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::thirdPartyNotices()
{
    QFile file(QStringLiteral(":/legal/THIRD_PARTY_NOTICES.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void AboutDialog::toggleNotices()
{
    const bool show = m_noticesButton->isChecked();
    m_notices->setVisible(show);
    adjustSize();
    // The notices are a page of tables and links: give them room to be read.
    if (show)
        resize(size().expandedTo(QSize(640, 560)));
}

} // namespace Switchboard
