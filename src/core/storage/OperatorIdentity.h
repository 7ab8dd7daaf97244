// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Switchboard {

// Who is at the keyboard, as the workspace's events record it: the operating system's user name
// and the computer's name ("maria@agency-laptop"). Never a secret, never a key.
namespace OperatorIdentity {

// This process's operator: SWITCHBOARD_OPERATOR when set (a service account that runs the CLI
// for a named person), else the logged-in user at this computer.
QString current();

// `name` made fit to record: trimmed, one line, at most 120 characters; empty when nothing is
// left.
QString sanitized(const QString &name);

} // namespace OperatorIdentity

} // namespace Switchboard
