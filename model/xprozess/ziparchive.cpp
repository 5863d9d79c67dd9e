#include "xprozess/ziparchive.h"

#include "bpmn/diagnostic.h"

#include <QCoreApplication>

#include <zip.h>

#include <algorithm>
#include <memory>

namespace amtsweg::xprozess {
namespace {

/// 2000-01-01 00:00:00 UTC: the time stamp of every written entry.
constexpr time_t kFixedTime = 946684800;

/// English source text, translated in the context of the XProzess reader's diagnostics.
/// (In this form, translations/update.cmake finds the helper and its context for lupdate.)
QString tr(const char *source)
{
    return QCoreApplication::translate("amtsweg::xprozess", source);
}

QString tr(const char *source, const QStringList &args)
{
    return fillPlaceholders(tr(source), args);
}

QString errorText(zip_error_t *e)
{
    return QString::fromLocal8Bit(zip_error_strerror(e));
}

struct ArchiveCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
struct FileCloser
{
    void operator()(zip_file_t *f) const { zip_fclose(f); }
};
struct SourceFree
{
    void operator()(zip_source_t *s) const { zip_source_free(s); }
};

} // namespace

std::optional<std::vector<ZipEntry>> unzip(const QByteArray &archive, QString *error,
                                           qint64 maxTotalSize)
{
    zip_error_t zerror;
    zip_error_init(&zerror);
    zip_source_t *source =
        zip_source_buffer_create(archive.constData(), zip_uint64_t(archive.size()), 0, &zerror);
    if (!source) {
        *error = errorText(&zerror);
        zip_error_fini(&zerror);
        return std::nullopt;
    }
    std::unique_ptr<zip_t, ArchiveCloser> z(zip_open_from_source(source, ZIP_RDONLY, &zerror));
    if (!z) {
        zip_source_free(source);
        *error = errorText(&zerror);
        zip_error_fini(&zerror);
        return std::nullopt;
    }
    zip_error_fini(&zerror);
    const zip_int64_t count = zip_get_num_entries(z.get(), 0);
    if (count > kMaxEntries) {
        *error = tr("the archive holds %1 files (at most %2 are read)",
                    {QString::number(count), QString::number(kMaxEntries)});
        return std::nullopt;
    }
    // The declared sizes first, so that nothing is unpacked from an archive that is too large.
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(z.get(), zip_uint64_t(i), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
            *error = QString::fromLocal8Bit(zip_strerror(z.get()));
            return std::nullopt;
        }
        total += qint64(std::min<zip_uint64_t>(st.size, zip_uint64_t(maxTotalSize) + 1));
        if (total > maxTotalSize) {
            *error = maxTotalSize >= (1 << 20)
                ? tr("the archive unpacks to more than %1 MiB", {QString::number(maxTotalSize >> 20)})
                : tr("the archive unpacks to more than %1 bytes", {QString::number(maxTotalSize)});
            return std::nullopt;
        }
    }
    if (total > kRatioFloor && total / std::max<qint64>(archive.size(), 1) > kMaxRatio) {
        *error = tr("the archive unpacks to %1 times its size (a ZIP bomb?)",
                    {QString::number(total / std::max<qint64>(archive.size(), 1))});
        return std::nullopt;
    }
    std::vector<ZipEntry> entries;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(z.get(), zip_uint64_t(i), 0, &st) != 0) {
            *error = QString::fromLocal8Bit(zip_strerror(z.get()));
            return std::nullopt;
        }
        const QString name = QString::fromUtf8(st.name);
        if (name.endsWith(QLatin1Char('/')))
            continue; // a folder
        std::unique_ptr<zip_file_t, FileCloser> f(zip_fopen_index(z.get(), zip_uint64_t(i), 0));
        if (!f) {
            *error = tr("cannot open entry '%1': %2",
                        {name, QString::fromLocal8Bit(zip_strerror(z.get()))});
            return std::nullopt;
        }
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        zip_int64_t read = 0;
        while (read < zip_int64_t(st.size)) {
            const zip_int64_t n =
                zip_fread(f.get(), data.data() + read, zip_uint64_t(st.size) - zip_uint64_t(read));
            if (n <= 0) {
                *error = tr("entry '%1' is damaged: %2",
                            {name, QString::fromLocal8Bit(zip_file_strerror(f.get()))});
                return std::nullopt;
            }
            read += n;
        }
        entries.push_back({name, std::move(data)});
    }
    return entries;
}

QByteArray zip(const std::vector<ZipEntry> &entries, QString *error)
{
    zip_error_t zerror;
    zip_error_init(&zerror);
    std::unique_ptr<zip_source_t, SourceFree> buffer(
        zip_source_buffer_create(nullptr, 0, 0, &zerror));
    if (!buffer) {
        *error = errorText(&zerror);
        zip_error_fini(&zerror);
        return {};
    }
    zip_source_keep(buffer.get()); // the archive takes one reference, we keep ours
    std::unique_ptr<zip_t, ArchiveCloser> z(
        zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &zerror));
    if (!z) {
        zip_source_free(buffer.get()); // the reference the archive did not take
        *error = errorText(&zerror);
        zip_error_fini(&zerror);
        return {};
    }
    zip_error_fini(&zerror);
    for (const ZipEntry &e : entries) {
        // libzip reads the data at zip_close(); `entries` outlives that.
        zip_source_t *data =
            zip_source_buffer(z.get(), e.data.constData(), zip_uint64_t(e.data.size()), 0);
        const QByteArray name = e.name.toUtf8();
        const zip_int64_t index =
            data ? zip_file_add(z.get(), name.constData(), data, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            if (data)
                zip_source_free(data);
            *error = QString::fromLocal8Bit(zip_strerror(z.get()));
            return {};
        }
        zip_set_file_compression(z.get(), zip_uint64_t(index), ZIP_CM_DEFLATE, 9);
        zip_file_set_mtime(z.get(), zip_uint64_t(index), kFixedTime, 0);
    }
    if (zip_close(z.get()) != 0) {
        *error = QString::fromLocal8Bit(zip_strerror(z.get()));
        return {};
    }
    z.release(); // closed
    QByteArray bytes;
    if (zip_source_open(buffer.get()) != 0) {
        *error = tr("cannot read the written archive");
        return {};
    }
    char chunk[65536];
    zip_int64_t n = 0;
    while ((n = zip_source_read(buffer.get(), chunk, sizeof(chunk))) > 0)
        bytes.append(chunk, qsizetype(n));
    zip_source_close(buffer.get());
    if (n < 0) {
        *error = tr("cannot read the written archive");
        return {};
    }
    return bytes;
}

} // namespace amtsweg::xprozess
