#include "fim/fimcodes.h"

#include <QCoreApplication>

#include <array>

namespace amtsweg::fim {
namespace {

#define FIM_TR(text) QT_TRANSLATE_NOOP("amtsweg::fim", text)

constexpr std::array kFreigabestatus{
    CodeEntry{"1", "in Planung", FIM_TR("Planned")},
    CodeEntry{"2", "in Bearbeitung", FIM_TR("In progress")},
    CodeEntry{"3", "Entwurf", FIM_TR("Draft")},
    CodeEntry{"4", "methodisch freigegeben", FIM_TR("Methodically released")},
    CodeEntry{"5", "fachlich freigegeben (silber)", FIM_TR("Released by the subject experts (silver)")},
    CodeEntry{"6", "fachlich freigegeben (gold)", FIM_TR("Released by the subject experts (gold)")},
    CodeEntry{"7", "inaktiv", FIM_TR("Inactive")},
    CodeEntry{"8", "vorgesehen zum Löschen", FIM_TR("Marked for deletion")},
};
constexpr std::array kDetaillierungsstufe{
    CodeEntry{"101", "Stamminformation", FIM_TR("Master information")},
    CodeEntry{"102", "Detaillierungsstufe 102", FIM_TR("Level of detail 102")},
    CodeEntry{"103", "Detaillierungsstufe 103", FIM_TR("Level of detail 103")},
    CodeEntry{"104", "Detaillierungsstufe 104", FIM_TR("Level of detail 104")},
    CodeEntry{"105", "Detaillierungsstufe 105", FIM_TR("Level of detail 105")},
};
constexpr std::array kRolle{
    CodeEntry{"1", "Initiator", FIM_TR("Initiator")},
    CodeEntry{"2", "Hauptakteur", FIM_TR("Main actor")},
};
constexpr std::array kHandlungsgrundlageArt{
    CodeEntry{"104", "Gesetz", FIM_TR("Act (statute)")},
};
constexpr std::array kRagTyp{
    CodeEntry{"1", "Information empfangen", FIM_TR("Receive information")},
    CodeEntry{"2", "Information bereitstellen", FIM_TR("Provide information")},
    CodeEntry{"3", "Sachverhalt formell prüfen", FIM_TR("Check the matter formally")},
    CodeEntry{"4", "Sachverhalt beurteilen/entscheiden ohne Spielraum",
              FIM_TR("Assess/decide the matter without discretion")},
    CodeEntry{"5", "Sachverhalt beurteilen/entscheiden mit Spielraum",
              FIM_TR("Assess/decide the matter with discretion")},
    CodeEntry{"6", "Bearbeitungsgruppe (RAG 6)", FIM_TR("Processing group (RAG 6)")},
    CodeEntry{"7", "Beteiligung durchführen", FIM_TR("Involve others")},
    CodeEntry{"8", "Freie Gruppe (RAG 8)", FIM_TR("Free group (RAG 8)")},
};
constexpr std::array kPruefart{
    CodeEntry{"1", "sachliche Zuständigkeit", FIM_TR("Subject-matter jurisdiction")},
    CodeEntry{"2", "örtliche Zuständigkeit", FIM_TR("Local jurisdiction")},
    CodeEntry{"3", "Prüfart 3", FIM_TR("Kind of check 3")},
    CodeEntry{"4", "Verfahren", FIM_TR("Procedure")},
};
constexpr std::array kEntscheidungsart{
    CodeEntry{"2", "Entschließungsermessen", FIM_TR("Discretion whether to act")},
};
constexpr std::array kBeteiligungsform{
    CodeEntry{"3", "Auskunft", FIM_TR("Information request")},
};

#undef FIM_TR

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
    return QCoreApplication::translate("amtsweg::fim", "unknown code %1").arg(code.trimmed());
}

QString germanLabel(CodeList list, const QString &code)
{
    if (code.trimmed().isEmpty())
        return {};
    if (const CodeEntry *e = findCode(list, code.toStdString()))
        return QString::fromUtf8(e->german);
    return QStringLiteral("unbekannter Code %1").arg(code.trimmed());
}

} // namespace amtsweg::fim
