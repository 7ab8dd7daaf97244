// SPDX-License-Identifier: Apache-2.0
#include "cli/TerminalPasswordPrompt.h"

#include "cli/TerminalText.h"
#include "core/secrets/SecretInput.h"

#include <QTextStream>

#include <cstdio>

namespace Switchboard::Cli {

bool TerminalPasswordPrompt::available()
{
    return SecretInput::isTerminal(fileno(stdin));
}

void TerminalPasswordPrompt::ask(
        const DatabaseLocation &location, const QString &problem, Answer answer)
{
    if (!problem.isEmpty()) {
        QTextStream err(stderr);
        err << "switchboard-cli: " << printable(problem) << '\n';
    }
    QString error;
    std::optional<QString> typed = SecretInput::readStandardInput(
            QStringLiteral("Password of %1 for %2: ").arg(location.userName, location.describe()),
            &error);
    // An empty line or Ctrl-D declines; the opener then reports why the workspace is closed.
    answer(typed);
}

} // namespace Switchboard::Cli
