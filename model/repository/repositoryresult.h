#pragma once
// Results of repository operations: a status, a message for the user and, on success, a value.
// Repository code never throws; every failure is returned as one of these.

#include <QCoreApplication>
#include <QString>

#include <utility>

namespace amtsweg {

/// What went wrong (Ok when nothing did). The command line maps these to exit codes.
enum class RepositoryStatus {
    Ok,
    NotFound,    ///< no such model, version or folder
    Ambiguous,   ///< a model name that several models carry
    Conflict,    ///< someone saved the model since the version the caller based its work on
    Busy,        ///< another process held the repository longer than the busy timeout
    DiskFull,    ///< the disk (or the page limit) is full; nothing was written
    Corrupt,     ///< not a database, damaged, or not an Amtsweg repository
    NewerSchema, ///< written by a newer Amtsweg; refused
    Unreadable,  ///< a file to import could not be read
    Unwritable,  ///< the repository or an output file cannot be written
    Invalid,     ///< bad argument (empty name, unknown FIM status …)
    Failed,      ///< any other SQLite error
};

/// A failure: status plus a complete, translated message naming file, model or version.
struct RepositoryError
{
    RepositoryStatus status = RepositoryStatus::Ok;
    QString message;
};

/// A value or an error (like std::expected). `value` is default-constructed on failure.
template <typename T> struct RepositoryResult
{
    T value{};
    RepositoryError error;

    RepositoryResult() = default;
    RepositoryResult(T v) : value(std::move(v)) {}
    RepositoryResult(RepositoryError e) : error(std::move(e)) {}

    bool ok() const { return error.status == RepositoryStatus::Ok; }
    RepositoryStatus status() const { return error.status; }
    const QString &message() const { return error.message; }
};

/// For operations without a value.
struct Done
{
};
using RepositoryOutcome = RepositoryResult<Done>;

/// Translates a repository message (context "Repository").
inline QString repoTr(const char *text)
{
    return QCoreApplication::translate("Repository", text);
}

} // namespace amtsweg
