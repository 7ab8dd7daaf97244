// SPDX-License-Identifier: Apache-2.0
#include "gui/dialogs/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Switchboard {

const QUrl &UserGuideDialog::source()
{
    static const QUrl guide(QStringLiteral("qrc:/guide/USER_GUIDE.md"));
    return guide;
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideDialog"));
    setWindowTitle(tr("Switchboard user guide"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    // The pictures are named relative to the guide, as in the sources: images/….
    m_browser->setSource(source(), QTextDocument::MarkdownResource);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    const int em = fontMetrics().averageCharWidth();
    resize(em * 100, em * 70);
}

} // namespace Switchboard
