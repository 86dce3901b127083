// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Gemeente Utrecht

#pragma once
// Which Regie this is: the release number and the git commit it was built from, so a
// bug report or an audit of a running server can name the exact source.

#include <QtCore/QString>

namespace regie::version {

/// The release number from CMake's project(), e.g. "0.1.0".
QString number();

/// The full git commit the build was made from; empty when the build did not know it
/// (a source tarball built without REGIE_GIT_COMMIT).
QString commit();

/// True when tracked files differed from the commit at build time.
bool dirty();

/// One line for --version and About: "0.1.0 (commit 25f8e94a1b2c)",
/// "0.1.0 (commit 25f8e94a1b2c, local changes)" or "0.1.0 (commit unknown)".
/// Meant for QCoreApplication::setApplicationVersion(), which --version prints.
QString text();

} // namespace regie::version
