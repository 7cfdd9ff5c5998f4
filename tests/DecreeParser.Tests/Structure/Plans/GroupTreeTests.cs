using DecreeParser.Ingest.Structure;
using DecreeParser.Ingest.Structure.Plans;
using DecreeParser.Model;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Tests.Structure.Plans;

public class GroupTreeTests
{
    private static (GroupTree Tree, WarningLog Warnings) Build(params string[] headings)
    {
        var warnings = new WarningLog();
        var tree = new GroupTree(warnings);
        tree.StartPlan(1);
        foreach (var text in headings)
        {
            Assert.True(GroupHeading.TryParse(text, out var heading) || text.StartsWith('*'), text);
            tree.Add(heading ?? new GroupHeading(SectionKinds.Group, null, text[1..]), new SourceLocation());
        }
        return (tree, warnings);
    }

    [Fact]
    public void Kinds_nest_in_the_order_the_plan_first_uses_them()
    {
        var (tree, warnings) = Build("1-бағыт. А", "1-мақсат. Б", "1.1-міндет. В", "1.2-міндет. Г", "2-мақсат. Д", "2.1-міндет. Е", "2-бағыт. Ж", "3-мақсат. З");
        Assert.Equal([null, 1, 2, 2, 1, 5, null, 7], tree.Sections.Select(s => s.Parent));
        Assert.Empty(warnings.Entries);
        Assert.Equal([6, 5, 1], tree.WithAncestors(6).Select(s => s.Order));
    }

    [Fact]
    public void Groups_without_a_number_nest_under_the_numbered_kind_met_first()
    {
        var (tree, _) = Build("I. ҰЙЫМДЫҚ", "*Функцияларды талдау", "*Әкімшілік шығыстар", "II. ТӘН ЕМЕС");
        Assert.Equal([null, 1, 1, null], tree.Sections.Select(s => s.Parent));
        Assert.Equal([SectionKinds.Section, SectionKinds.Group, SectionKinds.Group, SectionKinds.Section], tree.Sections.Select(s => s.Kind));
    }

    [Fact]
    public void A_group_out_of_its_place_is_kept_and_warned()
    {
        var (tree, warnings) = Build("I. А", "III. Б");
        Assert.Equal(2, tree.Sections.Count);
        Assert.Equal("section III stands in place 2", Assert.Single(warnings.Entries).Message);
    }

    [Fact]
    public void A_new_plan_ranks_its_kinds_afresh()
    {
        var (tree, warnings) = Build("1-бағыт. А", "1-мақсат. Б");
        tree.StartPlan(2);
        tree.Add(new GroupHeading(SectionKinds.Goal, "1", "В"), new SourceLocation());
        Assert.Null(tree.Sections[^1].Parent);
        Assert.Equal(2, tree.Sections[^1].Plan);
        Assert.Empty(warnings.Entries);
    }
}
