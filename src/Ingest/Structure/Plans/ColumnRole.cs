namespace DecreeParser.Ingest.Structure.Plans;

/// <summary>What a plan's column holds, as its header says.</summary>
public enum ColumnRole
{
    /// <summary>"№", "Р/с №", "№ п/п".</summary>
    Number,

    /// <summary>The measure's or indicator's name: "Іс-шараның атауы", "Наименование показателя".</summary>
    Title,

    /// <summary>"Өлшем бірлігі", "Единица измерения".</summary>
    Unit,

    /// <summary>"Аяқталу нысаны", "Форма завершения".</summary>
    CompletionForm,

    /// <summary>"Орындау мерзімі", "Срок исполнения".</summary>
    Deadline,

    /// <summary>"Жауапты орындаушылар", "Ответственные исполнители".</summary>
    Responsible,

    /// <summary>"Қаржыландыру көзі", "Источник финансирования": may hold the amounts too.</summary>
    FinancingSource,

    /// <summary>"Болжанатын шығыстар": the amounts of every year in one cell.</summary>
    FinancingAmount,

    /// <summary>One year's money under a money header ("Болжанатын шығыстар, млн теңге" / "2019 жыл").</summary>
    YearAmount,

    /// <summary>"Бюджеттік бағдарламаның коды", "Код бюджетной программы".</summary>
    BudgetProgramme,

    /// <summary>Where an indicator's values come from: "Ақпарат көзі", "Источник информации".</summary>
    InformationSource,

    /// <summary>One year's value of a target indicator.</summary>
    YearValue,

    /// <summary>A header that names no known role: kept per item under its header.</summary>
    Extra,
}

public static class ColumnRoles
{
    /// <summary>The role as the JSON names it: "yearAmount".</summary>
    public static string Name(ColumnRole role) => char.ToLowerInvariant(role.ToString()[0]) + role.ToString()[1..];
}
