#pragma once
// RepositoryCopy: copies a whole repository into an empty one - from a SQLite file to a
// PostgreSQL database, back, or between two of a kind - losslessly: folders, models, tags,
// every version and the rules switched off keep their ids, links (parent folders, derivation),
// authors and timestamps, and each version its stored bytes and compression as they are (no
// unpacking and packing again).
//
// One transaction on the target: it must be empty (no folders, models or switched-off rules),
// is filled, gets its search index rebuilt, and is verified before the commit - row counts and a
// digest of every column of every row (the stored XML included) equal to the source's, and the
// consistency check (RepositoryCheck without reading the XML, whose bytes the digest covers)
// clean. Any failure rolls back, so the target stays as it was. The source is read in one
// snapshot transaction (RepositoryBackend::beginSnapshot(): the SQLite file's write lock keeps
// savers waiting; PostgreSQL reads one REPEATABLE READ snapshot while colleagues save on).
//
// Memory: folders and the digests (32 bytes a row) are held; versions are read model by model.

#include "repositoryresult.h"

#include <QtGlobal>
#include <functional>

namespace amtsweg {

class RepositoryBackend;

struct RepositoryCopyReport
{
    qint64 folders = 0;
    qint64 models = 0;
    qint64 tags = 0;
    qint64 versions = 0;
    qint64 disabledRules = 0;
    qint64 storedBytes = 0; ///< the version blobs as stored (compressed)
    qint64 xmlBytes = 0;    ///< the versions' XML unpacked (their recorded size)
    double seconds = 0;     ///< from the first read to the commit
};

class RepositoryCopy
{
public:
    /// Called after each model with the number of models copied and the total.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    /// Copies `source` into the empty `target`. Errors: Invalid when the target is not empty,
    /// Corrupt when the source is inconsistent (a folder cycle) or the copy differs from it
    /// (the message says where), otherwise the backends' errors (Busy, Unwritable, DiskFull …).
    static RepositoryResult<RepositoryCopyReport> copy(const RepositoryBackend &source,
                                                       const RepositoryBackend &target,
                                                       const Progress &progress = {});
};

} // namespace amtsweg
