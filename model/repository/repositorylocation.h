#pragma once
// Where a repository lives, as the user writes it: a file path, or a PostgreSQL URL
// (postgresql://user@host:port/db or postgres://…, libpq's connection URI).

#include <QString>

namespace amtsweg::repositorylocation {

/// True for a PostgreSQL URL.
bool isServer(const QString &location);
/// The URL without a password (user:secret@ becomes user@), for titles, messages and settings;
/// a file path unchanged.
QString withoutPassword(const QString &location);
/// True when both name the same repository (same canonical file, or the same URL).
bool same(const QString &a, const QString &b);

} // namespace amtsweg::repositorylocation
