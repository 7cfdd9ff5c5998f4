using DecreeParser.Ingest.Reading;
using DecreeParser.Ingest.Structure.Plans;
using DecreeParser.Model;
using DecreeParser.Model.Blocks;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Tests.Structure.Plans;

/// <summary>Header rows read into the text over each column, from declared spans as HTML, DOCX and ruled PDFs give them.</summary>
public class TableHeaderTests
{
    /// <summary>Rows of declared cells laid on a grid as the HTML reader lays them.</summary>
    private static List<TableRow> Grid(params TableCell[][] rows)
    {
        var grid = new TableGrid();
        return rows.Select(cells => new TableRow(grid.Place(cells), new SourceLocation())).ToList();
    }

    private static TableCell C(string text, int columns = 1, int rows = 1) => new(text, columns, rows);

    [Fact]
    public void A_group_header_stands_over_each_of_its_sub_columns()
    {
        var rows = Grid(
            [C("№", rows: 2), C("Іс-шараның атауы", rows: 2), C("Орындау мерзімі", rows: 2), C("Жауапты орындаушылар", rows: 2), C("Болжанатын шығыстар, млн теңге", 2)],
            [C("2019 жыл"), C("2020 жыл")],
            [C("1."), C("Талдау"), C("2019 жыл"), C("ІІМ"), C("10"), C("–")]);
        var header = TableHeader.Read(rows)!;
        Assert.Equal(2, header.RowCount);
        Assert.Equal(["№", "Іс-шараның атауы", "Орындау мерзімі", "Жауапты орындаушылар", "Болжанатын шығыстар, млн теңге / 2019 жыл", "Болжанатын шығыстар, млн теңге / 2020 жыл"],
            Enumerable.Range(0, 6).Select(header.Text));
        var columns = PlanColumns.Read(rows, caption: null)!;
        Assert.Equal([(4, 2019, 1m), (5, 2020, 1m)], columns.Years.Select(y => (y.Column, y.Year, y.MillionsPerUnit)));
        Assert.Equal(PlanKinds.Measures, columns.Kind);
    }

    [Fact]
    public void A_middle_header_row_that_names_no_role_is_header_where_the_cells_above_reach_into_it()
    {
        var rows = Grid(
            [C("№", rows: 3), C("Наименование показателя", rows: 3), C("Значения показателя", 2)],
            [C("Плановые значения", 2)],
            [C("2019 год"), C("2020 год")],
            [C("1."), C("Уровень доверия"), C("45,5"), C("50")]);
        var header = TableHeader.Read(rows)!;
        Assert.Equal(3, header.RowCount);
        Assert.Equal("Значения показателя / Плановые значения / 2020 год", header.Text(3));
        var columns = PlanColumns.Read(rows, caption: null)!;
        Assert.Equal(PlanKinds.Indicators, columns.Kind);
        Assert.Equal([ColumnRoles.Name(ColumnRole.YearValue)], columns.Described.Where(c => c.Year is not null).Select(c => c.Role).Distinct());
    }

    [Fact]
    public void A_table_of_years_without_indicators_by_its_header_or_caption_is_no_plan()
    {
        var rows = Grid([C("№"), C("Атауы"), C("2019 жыл"), C("2020 жыл")], [C("1."), C("Бір нәрсе"), C("1"), C("2")]);
        Assert.Null(PlanColumns.Read(rows, caption: null));
        Assert.Equal(PlanKinds.Indicators, PlanColumns.Read(rows, caption: "Тікелей нәтижелер көрсеткіштері")!.Kind);
    }

    [Fact]
    public void A_row_that_repeats_the_header_is_known_again()
    {
        var rows = Grid([C("№"), C("Іс-шаралар"), C("Орындау мерзімі"), C("Жауапты орындаушылар")], [C("1."), C("Талдау"), C("2019 жыл"), C("ІІМ")], [C("№"), C("Іс-шаралар"), C("Орындау мерзімі"), C("Жауапты орындаушылар")]);
        var header = TableHeader.Read(rows)!;
        Assert.Equal(1, header.RowCount);
        Assert.True(header.Repeats(rows[2]));
        Assert.False(header.Repeats(rows[1]));
    }
}
