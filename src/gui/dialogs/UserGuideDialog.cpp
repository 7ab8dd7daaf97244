// SPDX-License-Identifier: Apache-2.0
#include "gui/dialogs/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QImage>
#include <QRegularExpression>
#include <QScreen>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace Switchboard {

namespace {

// The guide's pictures are screenshots of the whole window: shown at their own size, every one
// needed horizontal scrolling (found by the walk). Each is drawn at most as wide as the page, and
// follows the page when the window is made narrower or wider (scaled once at load, they stayed
// too wide after a narrowing: found by the second walk).
class GuideBrowser : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;

    void fitPictures()
    {
        const int page = qMax(240, viewport()->width() - 2 * int(document()->documentMargin()) - 2);
        struct Picture
        {
            int position = 0;
            int length = 0;
            QTextImageFormat format;
        };
        QList<Picture> pictures;
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.isValid() && fragment.charFormat().isImageFormat())
                    pictures.append({fragment.position(), fragment.length(),
                            fragment.charFormat().toImageFormat()});
            }
        }
        // Changed after the walk over the blocks: a new format splits and merges fragments.
        QTextCursor cursor(document());
        for (Picture &picture : pictures) {
            const QSize natural = naturalSize(picture.format.name());
            if (natural.isEmpty())
                continue;
            const int width = qMin(natural.width(), page);
            if (qRound(picture.format.width()) == width)
                continue;
            picture.format.setWidth(width);
            picture.format.setHeight(qreal(natural.height()) * width / natural.width());
            cursor.setPosition(picture.position);
            cursor.setPosition(picture.position + picture.length, QTextCursor::KeepAnchor);
            cursor.setCharFormat(picture.format);
        }
    }

    // Qt's Markdown reader names no heading, so "#numbers" in the contents went nowhere (found by
    // the walk): each heading gets the anchor GitHub gives it, which the guide's links use.
    void nameHeadings()
    {
        static const QRegularExpression notInSlug(QStringLiteral("[^\\p{L}\\p{N} _-]"));
        QTextCursor cursor(document());
        for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 0 || block.text().isEmpty())
                continue;
            const QString slug = block.text().toLower().remove(notInSlug).replace(
                    QLatin1Char(' '), QLatin1Char('-'));
            QTextCharFormat anchor;
            anchor.setAnchor(true);
            anchor.setAnchorNames({slug});
            cursor.setPosition(block.position());
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(anchor);
        }
    }

protected:
    void doSetSource(const QUrl &url, QTextDocument::ResourceType type) override
    {
        // A link within the page only moves: Qt would read the page again, without the names.
        const QUrl page = source().adjusted(QUrl::RemoveFragment);
        if (url.hasFragment() && !page.isEmpty()
                && source().resolved(url).adjusted(QUrl::RemoveFragment) == page) {
            scrollToAnchor(url.fragment());
            return;
        }
        QTextBrowser::doSetSource(url, type);
        nameHeadings();
        fitPictures();
        if (url.hasFragment())
            scrollToAnchor(url.fragment());
    }

    void resizeEvent(QResizeEvent *event) override
    {
        QTextBrowser::resizeEvent(event);
        fitPictures();
    }

private:
    QSize naturalSize(const QString &name)
    {
        if (const auto known = m_naturalSizes.constFind(name); known != m_naturalSizes.cend())
            return *known;
        const QVariant resource = loadResource(QTextDocument::ImageResource, QUrl(name));
        QImage image = resource.value<QImage>();
        if (image.isNull())
            image = QImage::fromData(resource.toByteArray());
        m_naturalSizes.insert(name, image.size());
        return image.size();
    }

    QHash<QString, QSize> m_naturalSizes;
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
    // Another page of the guide (CLI.md), or back: its pictures fit too.

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    const int line = fontMetrics().height();
    resize(roomOnScreen(this, QSize(line * 60, line * 45)));
}

} // namespace Switchboard
