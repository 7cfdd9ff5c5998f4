using DecreeParser.Ingest.Structure.Plans;

namespace DecreeParser.Tests.Structure.Plans;

/// <summary>Column headers as real plans word them, in Kazakh and Russian, read into their roles.</summary>
public class ColumnStemsTests
{
    [Theory]
    [InlineData("№", ColumnRole.Number)]
    [InlineData("Р/с №", ColumnRole.Number)]
    [InlineData("№ п/п", ColumnRole.Number)]
    [InlineData("Іс-шараның атауы", ColumnRole.Title)]
    [InlineData("Іс-шаралар", ColumnRole.Title)]
    [InlineData("Наименование мероприятия", ColumnRole.Title)]
    [InlineData("Өлшем бірлігі", ColumnRole.Unit)]
    [InlineData("Единица измерения", ColumnRole.Unit)]
    [InlineData("Аяқталу нысаны", ColumnRole.CompletionForm)]
    [InlineData("Форма завершения", ColumnRole.CompletionForm)]
    [InlineData("Орындау мерзімі", ColumnRole.Deadline)]
    [InlineData("Срок исполнения", ColumnRole.Deadline)]
    [InlineData("Орындауға жауаптылар", ColumnRole.Responsible)]
    [InlineData("Ответственные исполнители", ColumnRole.Responsible)]
    [InlineData("Қаржыландыру көзі/көздері", ColumnRole.FinancingSource)]
    [InlineData("Источник финансирования", ColumnRole.FinancingSource)]
    [InlineData("Қаржыландыру көзі және болжанатын шығыстар (млн. теңге)", ColumnRole.FinancingSource)]
    [InlineData("Болжанатын шығыстар", ColumnRole.FinancingAmount)]
    [InlineData("Объем финансирования, млн тенге", ColumnRole.FinancingAmount)]
    [InlineData("Бюджеттік бағдарламаның коды", ColumnRole.BudgetProgramme)]
    [InlineData("Код бюджетной программы", ColumnRole.BudgetProgramme)]
    [InlineData("Ақпарат көзі", ColumnRole.InformationSource)]
    [InlineData("Источник информации", ColumnRole.InformationSource)]
    [InlineData("Нысаналы индикатордың атауы", ColumnRole.Title)]
    [InlineData("Наименование показателя", ColumnRole.Title)]
    public void A_header_names_its_role(string header, ColumnRole role) => Assert.Equal(role, ColumnStems.Role(header));

    [Theory]
    [InlineData("Күтілетін нәтиже")]
    [InlineData("Примечание")]
    public void A_header_of_no_known_role_names_none(string header) => Assert.Null(ColumnStems.Role(header));

    [Theory]
    [InlineData("2019 жыл", 2019)]
    [InlineData("2020 жылы", 2020)]
    [InlineData("2021 год", 2021)]
    [InlineData("2022 г.", 2022)]
    [InlineData("2023", 2023)]
    [InlineData("2018 жыл (факт)", 2018)]
    [InlineData("2019 – 2021 жылдар", null)]
    [InlineData("2019 жылғы I тоқсан", null)]
    public void A_year_header_is_its_year(string header, int? year) => Assert.Equal(year, ColumnStems.Year(header));

    [Theory]
    [InlineData("Болжанатын шығыстар, млн теңге", 1)]
    [InlineData("Предполагаемые расходы, тыс. тенге", 0.001)]
    [InlineData("Шығыстар, мың теңге", 0.001)]
    [InlineData("Объем, млрд тенге", 1000)]
    public void Money_is_read_in_million_tenge_whatever_unit_the_header_states(string header, double factor) =>
        Assert.Equal((decimal)factor, ColumnStems.MillionsPerUnit(header));
}
