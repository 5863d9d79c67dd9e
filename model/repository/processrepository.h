#pragma once
// ProcessRepository: a process repository - a local SQLite file (the default) or a PostgreSQL
// database a team shares (RepositoryBackend has the difference). Models live in folders and
// carry name, description, tags, FIM status, free status, timestamps and author; every save
// adds an immutable version holding exactly the XML BpmnWriter produces. Every write is one
// transaction in which writers take turns, so a crash, a full disk or a second process never
// leaves half a save behind. Saves are checked optimistically: saveVersion() with the version the caller's
// work is based on returns Conflict when someone saved meanwhile.
//
// Nothing throws: every call returns a RepositoryResult with a message for the user.

#include "repositorybackend.h"
#include "repositorydatabase.h"
#include "repositoryresult.h"
#include "repositorytypes.h"

#include "bpmn/modeltree.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

namespace amtsweg {

struct SearchDocument;

/// saveVersion()/restoreVersion() without the optimistic check.
inline constexpr int kAnyVersion = -1;

/// What a new model starts with (createModel()).
struct NewModel
{
    QString name;
    QString description;
    FolderId folderId = 0;
    QStringList tags;
    FimStatus fimStatus = FimStatus::None;
    QString status;
    QString comment; ///< comment of version 1
};

class ProcessRepository
{
public:
    /// Opens a repository: a PostgreSQL URL (postgresql://user@host:port/db, see
    /// PgDatabase::open()) or a file path (created when missing, see RepositoryDatabase::open()).
    static RepositoryResult<std::unique_ptr<ProcessRepository>>
    open(const QString &location, const RepositoryOpenOptions &options = {});
    ~ProcessRepository();

    /// The file path, or the server URL without a password.
    QString location() const { return m_db->location(); }
    /// The backend (shared-repository features: access, presence, notifications).
    const RepositoryBackend &backend() const { return *m_db; }
    /// The SQLite file's connection; nullptr on a PostgreSQL server.
    const RepositoryDatabase *sqliteDatabase() const;
    bool isShared() const { return sqliteDatabase() == nullptr; }
    /// Every consistency check (RepositoryCheck).
    RepositoryResult<RepositoryCheckReport> check(bool readXml = true) const;

    /// The author recorded with a save: the name the user set (storedAuthor()), else the OS
    /// user name.
    static QString currentUser();
    /// The OS user name (USER / USERNAME), "unknown" without one.
    static QString systemUser();
    /// The author name from the settings (QSettings "repository/author"); empty when none.
    static QString storedAuthor();
    static void storeAuthor(const QString &name);

    // ---- folders
    /// A folder named `name` under `parent` (0: top level); the existing one if there is one.
    RepositoryResult<FolderId> folder(const QString &name, FolderId parent = 0);
    RepositoryResult<std::vector<FolderInfo>> folders() const;

    // ---- models
    /// Creates a model with `tree` as version 1 (written with BpmnWriter).
    RepositoryResult<ModelInfo> createModel(const NewModel &model, const ModelTree &tree);
    /// All models, ordered by name.
    RepositoryResult<std::vector<ModelInfo>> models() const;
    RepositoryResult<ModelInfo> model(ModelId id) const;
    /// A model by id, UUID or unique name. Ambiguous (message lists the candidates) when
    /// several models have that name; NotFound when none.
    RepositoryResult<ModelInfo> findModel(const QString &idOrName) const;
    /// Changes name, description, folder, tags, FIM status and free status (not the content).
    RepositoryOutcome updateModelInfo(const ModelInfo &info);
    /// Derives a new model (e.g. a Referenzprozess from a Stammprozess) from version
    /// `baseVersion` (0: newest) of `base`; the link to base and version is stored.
    RepositoryResult<ModelInfo> deriveModel(ModelId base, int baseVersion, const QString &newName,
                                            FimStatus fimStatus);

    // ---- versions
    /// Saves `tree` as the new newest version. With `expectedLatestVersion` (the version the
    /// caller's work is based on) a Conflict is returned when the newest version differs.
    RepositoryResult<VersionInfo> saveVersion(ModelId id, int expectedLatestVersion,
                                              const ModelTree &tree, const QString &comment);
    /// Like saveVersion() for BPMN XML: read with BpmnReader, stored as BpmnWriter writes it.
    /// Unreadable when the bytes are no readable BPMN.
    RepositoryResult<VersionInfo> saveVersionXml(ModelId id, int expectedLatestVersion,
                                                 const QByteArray &xml, const QString &comment);
    /// Copies version `version` as the new newest version (the old one stays).
    RepositoryResult<VersionInfo> restoreVersion(ModelId id, int version,
                                                 int expectedLatestVersion = kAnyVersion);
    /// All versions of a model, newest first.
    RepositoryResult<std::vector<VersionInfo>> history(ModelId id) const;
    /// The stored XML of a version (0: newest), byte for byte.
    RepositoryResult<QByteArray> versionXml(ModelId id, int version = 0) const;
    /// A version read into a tree (for opening it, read-only, in the editor).
    RepositoryResult<std::unique_ptr<ModelTree>> openVersion(ModelId id, int version = 0) const;

    // ---- model checks
    /// Ids of the model-check rules switched off for every model in this repository, sorted.
    RepositoryResult<QStringList> disabledRules() const;
    /// Switches `rules` off (`disabled` true) or on again for the whole repository (one
    /// transaction; ids already in that state are left as they are).
    RepositoryOutcome setRulesDisabled(const QStringList &rules, bool disabled);

    // ---- search
    /// Full-text search over the newest versions; see RepositorySearch::search().
    RepositoryResult<std::vector<SearchHit>> search(const QString &text, int limit = 50) const;

private:
    explicit ProcessRepository(std::unique_ptr<RepositoryBackend> db);
    RepositoryResult<VersionInfo> appendVersion(ModelId id, int expectedLatestVersion,
                                                QByteArrayView xml, const SearchDocument &search,
                                                const QString &comment);
    RepositoryResult<ModelInfo> insertModel(const NewModel &model, ModelId baseModel,
                                            int baseVersion, QByteArrayView xml,
                                            const SearchDocument &search);
    RepositoryOutcome writeTags(ModelId id, const QStringList &tags);

    std::unique_ptr<RepositoryBackend> m_db;
};

} // namespace amtsweg
