namespace DecreeParser.Search.Analysis;

/// <summary>How <see cref="KazakhAnalyzer"/> reduces a word to its stem; the eval command measures each.</summary>
public enum KazakhStemming
{
    /// <summary>No stemming: lowercased, folded words.</summary>
    None,

    /// <summary><see cref="KazakhStemmer"/>, the rule-based suffix stripper (the shipped choice).</summary>
    Rules,

    /// <summary>Debian's hunspell-kk dictionary through Lucene's HunspellStemFilter.</summary>
    Hunspell,

    /// <summary>Hunspell first, then the rules on what it leaves.</summary>
    HunspellThenRules,
}
