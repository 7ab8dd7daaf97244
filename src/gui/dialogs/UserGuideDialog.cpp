// SPDX-License-Identifier: Apache-2.0
#include "gui/dialogs/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QImage>
#include <QScreen>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

// The guide's pictures are screenshots of the whole window: shown at their own size, every one
// needed horizontal scrolling (found by the walk). Wider ones are scaled to the page.
class GuideBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        QVariant resource = QTextBrowser::loadResource(type, name);
        if (type != QTextDocument::ImageResource)
            return resource;
        QImage image = resource.value<QImage>();
        if (image.isNull())
            image = QImage::fromData(resource.toByteArray());
        const int fit = qMax(320, viewport()->width() - 2 * int(document()->documentMargin()));
        if (image.isNull() || image.width() <= fit)
            return resource;
        return image.scaledToWidth(fit, Qt::SmoothTransformation);
    }
};

// Most of the screen, within reason: a guide and its pictures want room.
QSize roomOnScreen(const QWidget *dialog, QSize wanted)
{
    if (const QScreen *screen = dialog->screen()) {
        const QSize available = screen->availableSize();
        wanted = wanted.boundedTo(QSize(available.width() * 9 / 10, available.height() * 9 / 10));
    }
    return wanted;
}

} // namespace

const QUrl &UserGuideDialog::source()
{
    static const QUrl guide(QStringLiteral("qrc:/guide/USER_GUIDE.md"));
    return guide;
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new GuideBrowser(this))
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
    const int line = fontMetrics().height();
    resize(roomOnScreen(this, QSize(line * 60, line * 45)));
}

} // namespace Switchboard
