using System.Globalization;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Web;

/// <summary>
/// The interface's words, in Kazakh (the default) and Russian. One record per language, so a
/// string missing in one is a compile error, not a blank on the page.
/// </summary>
public sealed record UiText(
    string Language,
    string OtherLanguage,
    string OtherLanguageName,
    string AppTitle,
    string SearchButton,
    string QueryLabel,
    string Responsible,
    string Year,
    string Source,
    string DeadlineKind,
    string Decree,
    string Any,
    string FoundFormat,
    string AnyWordNotice,
    string DidYouMean,
    string NothingFoundFormat,
    string WithFilters,
    string TryDropping,
    string Without,
    string Previous,
    string Next,
    string PageFormat,
    string Download,
    string Measure,
    string Number,
    string Parent,
    string Section,
    string Group,
    string Unit,
    string BudgetProgramme,
    string OtherColumns,
    string Indicators,
    string InformationSource,
    string CompletionForm,
    string Deadline,
    string Period,
    string ResponsibleBodies,
    string ByAgreement,
    string Financing,
    string NotRequired,
    string WithinFunds,
    string Amounts,
    string MillionTenge,
    string Repairs,
    string NoRepairs,
    string Location,
    string ToDecree,
    string Status,
    string Date,
    string Issuer,
    string Structure,
    string Roadmap,
    string Glossary,
    string Warnings,
    string Notes,
    string Signatory,
    string Citations,
    string CitedBy,
    string Amendments,
    string AmendedBy,
    string NotFoundFormat,
    string IndexUnavailableFormat,
    string BadRequestFormat,
    IReadOnlyDictionary<string, string> DeadlineKinds,
    IReadOnlyDictionary<Recurrence, string> Recurrences,
    TwinText Twins)
{
    public static readonly UiText Kazakh = new(
        "kk", "ru", "Русский",
        "Қаулылар бойынша іздеу", "Іздеу", "Не іздейсіз: іс-шара, орган, қаржы көзі",
        "Жауапты орган", "Жыл", "Қаржы көзі", "Мерзім түрі", "Құжат", "бәрі",
        "{0} табылды · {1} мс", "Барлық сөзі бар нәтиже табылмады: сөздердің кез келгені бар нәтижелер көрсетілген.", "Мүмкін, іздегеніңіз:", "«{0}» бойынша ештеңе табылмады", "сүзгілер", "Сүзгіні алып тастап көріңіз:", "сүзгісіз",
        "Алдыңғы", "Келесі", "{0}-бет", "Нәтижелерді жүктеу",
        "Іс-шара", "Нөмірі", "Жоғарғы іс-шара", "Бөлім", "Бөлім, бағыт, міндет", "Өлшем бірлігі", "Бюджеттік бағдарламаның коды", "Жоспардың басқа бағандары",
        "Нысаналы индикаторлар", "Ақпарат көзі", "Аяқтау нысаны", "Орындау мерзімі", "Кезең",
        "Жауапты орындаушылар", "келісім бойынша", "Қаржыландыру", "талап етілмейді", "бөлінген қаражат шегінде",
        "Қаржы көздері мен жылдар бойынша", "млн теңге", "Осы іс-шараға енгізілген түзетулер", "Түзету жоқ",
        "Дереккөздегі орны", "Құжатқа өту",
        "Мәртебесі", "Күні", "Қабылдаған", "Актінің құрылымы", "Жол картасы", "Аббревиатуралар", "Ескертулер",
        "Жариялаушының ескертпелері", "Қол қойған", "Сілтеме жасалған актілер", "Осы актіге сілтеме жасайтын актілер", "Енгізілетін өзгерістер", "Осы актіге өзгеріс енгізген актілер",
        "Мұндай құжат жоқ: {0}", "Іздеу индексі қолжетімсіз: {0}", "Сұрау қабылданбады: {0}",
        new Dictionary<string, string>
        {
            ["quarter"] = "тоқсан", ["quarterRange"] = "тоқсандар аралығы", ["year"] = "жыл", ["yearRange"] = "жылдар аралығы",
            ["startingFrom"] = "бастап", ["recurring"] = "мерзімді", ["continuous"] = "тұрақты", ["unknown"] = "белгісіз",
        },
        new Dictionary<Recurrence, string>
        {
            [Recurrence.Annual] = "жыл сайын", [Recurrence.Semiannual] = "жарты жылда бір рет", [Recurrence.Quarterly] = "тоқсан сайын", [Recurrence.Monthly] = "ай сайын",
        },
        new TwinText(
            "Мәтін тілі", "Нәтиже тілі", "табылған тілде",
            new Dictionary<string, string> { ["kk"] = "қазақша", ["ru"] = "орысша" },
            new Dictionary<string, string> { ["kk"] = "Қазақ тіліндегі мәтіні", ["ru"] = "Орыс тіліндегі мәтіні" },
            "Нәтижелер {0} көрсетілген: басқа тілде табылғаны осы тілдегі мәтінімен берілген.", "табылған мәтін:",
            "Қазақ және орыс мәтіндерін салыстыру", "Екі мәтіндегі мерзім, жауаптылар, қаржы көздері мен сомалар бірдей.",
            "Мәтіндер мына жерде сәйкес келмейді:", "Кестеде жоқ, салыстырылмаған атаулар:",
            new Dictionary<string, string>
            {
                ["measure"] = "іс-шара", ["deadline"] = "мерзім", ["responsible"] = "жауаптылар", ["sources"] = "қаржы көздері", ["amounts"] = "сомалар",
            }));

    public static readonly UiText Russian = new(
        "ru", "kk", "Қазақша",
        "Поиск по постановлениям", "Найти", "Что искать: мероприятие, орган, источник финансирования",
        "Ответственный орган", "Год", "Источник финансирования", "Вид срока", "Документ", "все",
        "Найдено: {0} · {1} мс", "Ни одна запись не содержит всех слов: показаны записи с любым из них.", "Возможно, вы искали:", "По запросу «{0}» ничего не найдено", "фильтры", "Попробуйте убрать фильтр:", "без фильтра",
        "Назад", "Далее", "Страница {0}", "Скачать результаты",
        "Мероприятие", "Номер", "Родительское мероприятие", "Раздел", "Раздел, направление, задача", "Единица измерения", "Код бюджетной программы", "Другие графы плана",
        "Целевые индикаторы", "Источник информации", "Форма завершения", "Срок исполнения", "Период",
        "Ответственные исполнители", "по согласованию", "Финансирование", "не требуется", "в пределах выделенных средств",
        "По источникам и годам", "млн тенге", "Исправления в этом мероприятии", "Исправлений нет",
        "Место в источнике", "К документу",
        "Статус", "Дата", "Принял", "Структура акта", "Дорожная карта", "Аббревиатуры", "Предупреждения",
        "Сноски издателя", "Подписал", "Ссылки на другие акты", "Акты, ссылающиеся на этот", "Вносимые изменения", "Акты, изменившие этот",
        "Нет такого документа: {0}", "Поисковый индекс недоступен: {0}", "Запрос не принят: {0}",
        new Dictionary<string, string>
        {
            ["quarter"] = "квартал", ["quarterRange"] = "кварталы", ["year"] = "год", ["yearRange"] = "годы",
            ["startingFrom"] = "начиная с", ["recurring"] = "периодически", ["continuous"] = "постоянно", ["unknown"] = "не указан",
        },
        new Dictionary<Recurrence, string>
        {
            [Recurrence.Annual] = "ежегодно", [Recurrence.Semiannual] = "раз в полгода", [Recurrence.Quarterly] = "ежеквартально", [Recurrence.Monthly] = "ежемесячно",
        },
        new TwinText(
            "Язык текста", "Язык результатов", "как найдено",
            new Dictionary<string, string> { ["kk"] = "казахский", ["ru"] = "русский" },
            new Dictionary<string, string> { ["kk"] = "Текст на казахском языке", ["ru"] = "Текст на русском языке" },
            "Результаты показаны на языке «{0}»: найденное на другом языке показано текстом на этом языке.", "найдено:",
            "Сверка казахского и русского текстов", "Сроки, ответственные, источники и суммы в обоих текстах совпадают.",
            "Тексты расходятся:", "Не сверены названия, которых нет в таблице:",
            new Dictionary<string, string>
            {
                ["measure"] = "мероприятие", ["deadline"] = "срок", ["responsible"] = "ответственные", ["sources"] = "источники", ["amounts"] = "суммы",
            }));

    /// <summary>The interface for a "lang" value: Russian for "ru", Kazakh for anything else.</summary>
    public static UiText For(string? language) => language == "ru" ? Russian : Kazakh;

    public static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);

    public string KindName(string kind) => DeadlineKinds.GetValueOrDefault(kind, kind);
}

/// <summary>The words for a decree's Kazakh and Russian texts: the language filters, the twin links and the check that the two agree.</summary>
public sealed record TwinText(
    string TextLanguage,
    string AnswerLanguage,
    string AsFound,
    IReadOnlyDictionary<string, string> LanguageNames,
    IReadOnlyDictionary<string, string> TextIn,
    string AnsweredNoticeFormat,
    string Via,
    string Check,
    string Agree,
    string Differ,
    string Unchecked,
    IReadOnlyDictionary<string, string> Fields);
