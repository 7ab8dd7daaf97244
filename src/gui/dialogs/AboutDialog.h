// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QPushButton;
class QTextBrowser;

namespace Switchboard {

// Help → About Switchboard: the version, the licence (Apache-2.0, with a link to its text) and
// the licences of the libraries the program uses (THIRD_PARTY_NOTICES.md, built into the
// program so that every package shows the same text, wherever it installs the file).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The third-party notices as built into the program (Markdown); empty if they are missing.
    static QString thirdPartyNotices();

private:
    void toggleNotices();

    QPushButton *m_noticesButton = nullptr;
    QTextBrowser *m_notices = nullptr;
};

} // namespace Switchboard
