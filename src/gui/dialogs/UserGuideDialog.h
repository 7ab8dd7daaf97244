// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QTextBrowser;

namespace Switchboard {

// Help → User guide (F1): docs/USER_GUIDE.md with its pictures, built into the program so that
// it reads offline and the same in every package. Links to the web open in the browser.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    // Where the guide is inside the program.
    static const QUrl &source();

    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace Switchboard
