#pragma once
// Plain data the repository hands out: folders, models, versions, search hits.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace amtsweg {

using ModelId = qint64;
using FolderId = qint64;

/// FIM classification of a process (Föderales Informationsmanagement).
enum class FimStatus {
    None,
    Stammprozess,    ///< federal master process
    Referenzprozess, ///< a state's reference process (derived from a Stammprozess)
    Lokalprozess,    ///< a municipality's local process (derived from a reference process)
};

/// "Stammprozess", "Referenzprozess", "Lokalprozess" or "" (stored like this).
QString fimStatusName(FimStatus status);
/// Parses fimStatusName() spellings (case-insensitive); nullopt for anything else.
std::optional<FimStatus> parseFimStatus(const QString &name);

struct FolderInfo
{
    FolderId id = 0;
    FolderId parentId = 0; ///< 0 for top-level folders
    QString name;
};

/// A model's metadata (not its content; see ProcessRepository::versionXml()).
struct ModelInfo
{
    ModelId id = 0;
    QString uuid;
    QString name;
    QString description;
    FolderId folderId = 0; ///< 0 when in no folder
    QStringList tags;
    FimStatus fimStatus = FimStatus::None;
    QString status; ///< free status ("in Abstimmung", "freigegeben" …)
    QDateTime created;
    QDateTime modified;
    QString author; ///< who created the model
    int latestVersion = 0;
    ModelId baseModelId = 0; ///< derivation: the model this one was derived from, or 0
    int baseVersion = 0;     ///< derivation: the base's version it was derived from
};

/// One immutable version of a model (without its XML).
struct VersionInfo
{
    ModelId modelId = 0;
    int number = 0; ///< 1..n
    QString comment;
    QString author;
    QDateTime created;
    qint64 size = 0; ///< bytes of XML
};

/// A model the full-text search found, with the elements of its newest version that match.
struct SearchHit
{
    ModelId modelId = 0;
    QString modelName;
    int version = 0;        ///< the indexed (newest) version
    QString snippet;        ///< matched text with the terms in [brackets]
    QStringList elementIds; ///< elements whose name, documentation or FIM data match
    double rank = 0;        ///< lower is better (bm25 of the model row, minus element matches)
};

} // namespace amtsweg
