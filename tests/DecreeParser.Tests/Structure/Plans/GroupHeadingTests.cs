using DecreeParser.Ingest.Structure.Plans;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Tests.Structure.Plans;

public class GroupHeadingTests
{
    [Theory]
    [InlineData("II. ҚЫЗМЕТКЕРЛЕРГЕ ЕҢБЕКАҚЫ ТӨЛЕУ", SectionKinds.Section, "II", "ҚЫЗМЕТКЕРЛЕРГЕ ЕҢБЕКАҚЫ ТӨЛЕУ")]
    [InlineData("ІІ. Kazakh І for the numeral", SectionKinds.Section, "II", "Kazakh І for the numeral")]
    [InlineData("IV, a comma OCR read for the dot", SectionKinds.Section, "IV", "a comma OCR read for the dot")]
    [InlineData("1-бағыт. Ұйымдық-штаттық құрылымды оңтайландыру", SectionKinds.Direction, "1", "Ұйымдық-штаттық құрылымды оңтайландыру")]
    [InlineData("2-мақсат: Полиция жалақысын арттыру", SectionKinds.Goal, "2", "Полиция жалақысын арттыру")]
    [InlineData("1.1-міндет. Талдау жүргізу", SectionKinds.Task, "1.1", "Талдау жүргізу")]
    [InlineData("2-бөлім. ХАЛЫҚПЕН ЖҰМЫС", SectionKinds.Section, "2", "ХАЛЫҚПЕН ЖҰМЫС")]
    [InlineData("Бағыт 3. Цифрландыру", SectionKinds.Direction, "3", "Цифрландыру")]
    [InlineData("Направление 1. Оптимизация структуры", SectionKinds.Direction, "1", "Оптимизация структуры")]
    [InlineData("Цель 2. Повышение защищенности", SectionKinds.Goal, "2", "Повышение защищенности")]
    [InlineData("Задача 1.1. Анализ функций", SectionKinds.Task, "1.1", "Анализ функций")]
    [InlineData("Раздел 2. Новые форматы работы", SectionKinds.Section, "2", "Новые форматы работы")]
    [InlineData("Раздел II", SectionKinds.Section, "II", "")]
    [InlineData("1-бағыт", SectionKinds.Direction, "1", "")]
    public void A_group_heading_gives_its_kind_numeral_and_title(string text, string kind, string numeral, string title)
    {
        Assert.True(GroupHeading.TryParse(text, out var heading));
        Assert.Equal((kind, numeral, title), (heading.Kind, heading.Numeral, heading.Title));
    }

    [Theory]
    [InlineData("5.1.")]                       // a measure's number
    [InlineData("2-тоқсан")]                   // a quarter, not a group
    [InlineData("1-қосымша")]                  // an appendix label
    [InlineData("Барлығы")]
    [InlineData("Полицейдің жаңа стандартын әзірлеу")]
    public void Other_texts_are_not_group_headings(string text) => Assert.False(GroupHeading.TryParse(text, out _));

    [Theory]
    [InlineData("2-бағыт бойынша барлығы", SectionKinds.Direction, "2")]
    [InlineData("Итого по направлению 1", SectionKinds.Direction, "1")]
    [InlineData("Всего по разделу II", SectionKinds.Section, "II")]
    public void A_totals_label_names_the_group_it_totals(string label, string kind, string numeral)
    {
        Assert.True(TotalsLabel.IsTotals(label));
        var group = TotalsLabel.Group(label);
        Assert.Equal((kind, numeral), (group!.Kind, group.Numeral));
    }

    [Theory]
    [InlineData("Барлығы")]
    [InlineData("Жиыны:")]
    [InlineData("Итого")]
    [InlineData("ВСЕГО")]
    public void A_plain_totals_label_names_no_group(string label)
    {
        Assert.True(TotalsLabel.IsTotals(label));
        Assert.Null(TotalsLabel.Group(label));
    }
}
