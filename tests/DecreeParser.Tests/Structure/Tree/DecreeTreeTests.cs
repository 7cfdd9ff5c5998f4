using DecreeParser.Ingest.Pipeline;
using DecreeParser.Model.Decrees;
using DecreeParser.Tests.Support;

namespace DecreeParser.Tests.Structure.Tree;

/// <summary>The tree of a resolution and of ministers' orders: the operative points, the signature left out, the appendix with its table.</summary>
public class DecreeTreeTests
{
    [Fact]
    public void The_seeds_points_and_its_roadmap_hang_in_the_tree_where_they_stand()
    {
        var tree = Seed.Decree.Structure;

        Assert.Equal(["para_1", "para_2", "para_3", "para_4", "para_5", "att_1"], tree.Select(u => u.Id));
        Assert.Equal(Seed.Decree.Paragraphs.Select(p => p.Text), tree.Take(5).Select(u => u.Text));
        Assert.Equal(["para_2__point_1", "para_2__point_2"], tree[1].Children.Select(u => u.Id));
        // Nothing of the signature ("Қазақстан Республикасының Премьер-Министрі / Б. Сағынтаев") in the last point.
        Assert.Equal("Осы қаулы қол қойылған күнінен бастап қолданысқа енгізіледі.", tree[4].Text);
        var appendix = tree[5];
        Assert.Equal(UnitKinds.Appendix, appendix.Kind);
        Assert.EndsWith("ЖОЛ КАРТАСЫ", appendix.Heading, StringComparison.Ordinal);
        var table = Assert.Single(appendix.Children);
        Assert.Equal(("att_1__table_1", 1), (table.Id, table.Table));
        Assert.Equal(Seed.Decree.Tables.Count, table.Table);
    }

    [Theory]
    [InlineData("kk/V1600014606.html", 3, null)]
    [InlineData("ru/V1600014606.html", 3, null)]
    [InlineData("ru/V1600014592.html", 4, 3)]
    public void An_orders_points_end_at_its_signature_and_its_appendix_holds_its_table(string page, int points, int? appendixTable)
    {
        var order = DecreePipeline.Convert(Repository.File($"corpus/adilet/{page}"), $"corpus/adilet/{page}");

        Assert.Equal(Enumerable.Range(1, points).Select(n => $"para_{n}"), order.Structure.Where(u => u.Kind == UnitKinds.Point).Select(u => u.Id));
        Assert.DoesNotContain(order.Structure, u => u.Children.Any(child => child.Kind == UnitKinds.Table) && u.Kind == UnitKinds.Point);
        var appendix = order.Structure.SingleOrDefault(u => u.Kind == UnitKinds.Appendix);
        Assert.Equal(appendixTable, appendix?.Children.Single(u => u.Kind == UnitKinds.Table).Table);
    }

    [Fact]
    public void An_amending_orders_quoted_new_wording_is_the_text_of_the_point_that_quotes_it()
    {
        var order = DecreePipeline.Convert(Repository.File("corpus/adilet/kk/V1600014606.html"), "corpus/adilet/kk/V1600014606.html");

        var point = order.Structure[0];
        Assert.Empty(point.Children);
        Assert.Contains("7 \"Ескерту\" деген баған мынадай редакцияда жазылсын:", point.Text, StringComparison.Ordinal);
        Assert.EndsWith("төлеуге берілетін шоттың негізінде жүзеге асырылады.\".", point.Text, StringComparison.Ordinal);
    }
}
