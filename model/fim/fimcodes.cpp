#include "fim/fimcodes.h"

#include <QCoreApplication>

#include <array>

namespace amtsweg::fim {
namespace {

constexpr std::array kFreigabestatus{
    CodeEntry{"1", "in Planung", QT_TRANSLATE_NOOP("amtsweg::fim", "Planned")},
    CodeEntry{"2", "in Bearbeitung", QT_TRANSLATE_NOOP("amtsweg::fim", "In progress")},
    CodeEntry{"3", "Entwurf", QT_TRANSLATE_NOOP("amtsweg::fim", "Draft")},
    CodeEntry{"4", "methodisch freigegeben", QT_TRANSLATE_NOOP("amtsweg::fim", "Methodically released")},
    CodeEntry{"5", "fachlich freigegeben (silber)", QT_TRANSLATE_NOOP("amtsweg::fim", "Released by the subject experts (silver)")},
    CodeEntry{"6", "fachlich freigegeben (gold)", QT_TRANSLATE_NOOP("amtsweg::fim", "Released by the subject experts (gold)")},
    CodeEntry{"7", "inaktiv", QT_TRANSLATE_NOOP("amtsweg::fim", "Inactive")},
    CodeEntry{"8", "vorgesehen zum Löschen", QT_TRANSLATE_NOOP("amtsweg::fim", "Marked for deletion")},
};
constexpr std::array kDetaillierungsstufe{
    CodeEntry{"101", "Stamminformation", QT_TRANSLATE_NOOP("amtsweg::fim", "Master information")},
    CodeEntry{"102", "Detaillierungsstufe 102", QT_TRANSLATE_NOOP("amtsweg::fim", "Level of detail 102")},
    CodeEntry{"103", "Detaillierungsstufe 103", QT_TRANSLATE_NOOP("amtsweg::fim", "Level of detail 103")},
    CodeEntry{"104", "Detaillierungsstufe 104", QT_TRANSLATE_NOOP("amtsweg::fim", "Level of detail 104")},
    CodeEntry{"105", "Detaillierungsstufe 105", QT_TRANSLATE_NOOP("amtsweg::fim", "Level of detail 105")},
};
constexpr std::array kRolle{
    CodeEntry{"1", "Initiator", QT_TRANSLATE_NOOP("amtsweg::fim", "Initiator")},
    CodeEntry{"2", "Hauptakteur", QT_TRANSLATE_NOOP("amtsweg::fim", "Main actor")},
};
constexpr std::array kHandlungsgrundlageArt{
    CodeEntry{"104", "Gesetz", QT_TRANSLATE_NOOP("amtsweg::fim", "Act (statute)")},
};
constexpr std::array kRagTyp{
    CodeEntry{"1", "Information empfangen", QT_TRANSLATE_NOOP("amtsweg::fim", "Receive information")},
    CodeEntry{"2", "Information bereitstellen", QT_TRANSLATE_NOOP("amtsweg::fim", "Provide information")},
    CodeEntry{"3", "Sachverhalt formell prüfen", QT_TRANSLATE_NOOP("amtsweg::fim", "Check the matter formally")},
    CodeEntry{"4", "Sachverhalt beurteilen/entscheiden ohne Spielraum",
              QT_TRANSLATE_NOOP("amtsweg::fim", "Assess/decide the matter without discretion")},
    CodeEntry{"5", "Sachverhalt beurteilen/entscheiden mit Spielraum",
              QT_TRANSLATE_NOOP("amtsweg::fim", "Assess/decide the matter with discretion")},
    CodeEntry{"6", "Bearbeitungsgruppe (RAG 6)", QT_TRANSLATE_NOOP("amtsweg::fim", "Processing group (RAG 6)")},
    CodeEntry{"7", "Beteiligung durchführen", QT_TRANSLATE_NOOP("amtsweg::fim", "Involve others")},
    CodeEntry{"8", "Freie Gruppe (RAG 8)", QT_TRANSLATE_NOOP("amtsweg::fim", "Free group (RAG 8)")},
};
constexpr std::array kPruefart{
    CodeEntry{"1", "sachliche Zuständigkeit", QT_TRANSLATE_NOOP("amtsweg::fim", "Subject-matter jurisdiction")},
    CodeEntry{"2", "örtliche Zuständigkeit", QT_TRANSLATE_NOOP("amtsweg::fim", "Local jurisdiction")},
    CodeEntry{"3", "Prüfart 3", QT_TRANSLATE_NOOP("amtsweg::fim", "Kind of check 3")},
    CodeEntry{"4", "Verfahren", QT_TRANSLATE_NOOP("amtsweg::fim", "Procedure")},
};
constexpr std::array kEntscheidungsart{
    CodeEntry{"2", "Entschließungsermessen", QT_TRANSLATE_NOOP("amtsweg::fim", "Discretion whether to act")},
};
constexpr std::array kBeteiligungsform{
    CodeEntry{"3", "Auskunft", QT_TRANSLATE_NOOP("amtsweg::fim", "Information request")},
};

std::string_view trimmed(std::string_view v)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t' || v.front() == '\n'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\n'))
        v.remove_suffix(1);
    return v;
}

} // namespace

std::span<const CodeEntry> codes(CodeList list)
{
    switch (list) {
    case CodeList::Freigabestatus: return kFreigabestatus;
    case CodeList::Detaillierungsstufe: return kDetaillierungsstufe;
    case CodeList::Rolle: return kRolle;
    case CodeList::HandlungsgrundlageArt: return kHandlungsgrundlageArt;
    case CodeList::RagTyp: return kRagTyp;
    case CodeList::Pruefart: return kPruefart;
    case CodeList::Entscheidungsart: return kEntscheidungsart;
    case CodeList::Beteiligungsform: return kBeteiligungsform;
    }
    return {};
}

const CodeEntry *findCode(CodeList list, std::string_view code)
{
    code = trimmed(code);
    for (const CodeEntry &e : codes(list))
        if (e.code == code)
            return &e;
    return nullptr;
}

bool isKnownCode(CodeList list, const QString &code)
{
    return findCode(list, code.toStdString()) != nullptr;
}

QString codeLabel(CodeList list, const QString &code)
{
    if (code.trimmed().isEmpty())
        return {};
    if (const CodeEntry *e = findCode(list, code.toStdString()))
        return QCoreApplication::translate("amtsweg::fim", e->english);
    // The list of kinds of legal basis is known to be longer than the one code confirmed.
    if (list == CodeList::HandlungsgrundlageArt)
        return QCoreApplication::translate("amtsweg::fim", "Kind %1").arg(code.trimmed());
    return QCoreApplication::translate("amtsweg::fim", "unknown code %1").arg(code.trimmed());
}

QString germanLabel(CodeList list, const QString &code)
{
    if (code.trimmed().isEmpty())
        return {};
    if (const CodeEntry *e = findCode(list, code.toStdString()))
        return QString::fromUtf8(e->german);
    if (list == CodeList::HandlungsgrundlageArt)
        return QStringLiteral("Art %1").arg(code.trimmed());
    return QStringLiteral("unbekannter Code %1").arg(code.trimmed());
}

} // namespace amtsweg::fim
