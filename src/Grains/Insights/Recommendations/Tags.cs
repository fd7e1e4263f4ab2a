namespace GrainMarketing.Insights.Recommendations;

/// <summary>Makes a tag the rules engine accepts (letters, digits, space, <c>_ : -</c>, at most 50 characters) from a recommendation's words.</summary>
public static class Tags
{
    public static string Clean(string text)
    {
        var kept = text.Replace("+", "plus", StringComparison.Ordinal)
            .Select(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '_' or ':' or '-' ? c : '-')
            .Take(50);
        return new string([.. kept]);
    }
}
