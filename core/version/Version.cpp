// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Gemeente Utrecht

#include "version/Version.h"

#include <regie/VersionInfo.h>

namespace regie::version {

namespace {
// Twelve hex digits stay unique in a repository far larger than this one.
constexpr qsizetype shortCommitLength = 12;
} // namespace

QString number() { return QStringLiteral(REGIE_VERSION_NUMBER); }

QString commit() { return QStringLiteral(REGIE_GIT_COMMIT); }

bool dirty() { return REGIE_GIT_DIRTY != 0; }

QString text()
{
    const QString full = commit();
    if (full.isEmpty())
        return number() + QStringLiteral(" (commit unknown)");
    const QString localChanges = dirty() ? QStringLiteral(", local changes") : QString();
    return number() + QStringLiteral(" (commit ") + full.left(shortCommitLength) + localChanges + QLatin1Char(')');
}

} // namespace regie::version
