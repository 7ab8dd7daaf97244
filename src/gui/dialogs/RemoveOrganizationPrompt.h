// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace Switchboard {

// Before an organization is removed from the workspace: says what goes (its accounts, its pool,
// its secrets in the keychain) and what stays (its history; its assistants and numbers in Vapi
// and Twilio, pool numbers still billed). Window-modal and asynchronous (QMessageBox::open).
// `confirmed` runs at most once, only when "Remove" is pressed; Escape and Cancel answer
// nothing.
namespace RemoveOrganizationPrompt {

void ask(QWidget *parent, const QString &organizationName, std::function<void()> confirmed);

} // namespace RemoveOrganizationPrompt
} // namespace Switchboard
