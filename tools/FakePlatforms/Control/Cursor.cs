using System.Globalization;
using System.Text;

namespace GrainMarketing.FakePlatforms.Control;

/// <summary>Opaque paging cursors (a base64 offset), as opaque to callers as the platforms' own.</summary>
public static class Cursor
{
    public static string Encode(int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("o:" + offset.ToString(CultureInfo.InvariantCulture))).TrimEnd('=');

    /// <summary>The offset a cursor stands for; null for a cursor this process did not write.</summary>
    public static int? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor.PadRight(cursor.Length + ((4 - (cursor.Length % 4)) % 4), '=')));
            return text.StartsWith("o:", StringComparison.Ordinal) && int.TryParse(text.AsSpan(2), CultureInfo.InvariantCulture, out var offset) && offset >= 0
                ? offset
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>The URL of the request with one query parameter replaced: the platforms' "next" links.</summary>
    public static string Next(HttpRequest request, string name, string value)
    {
        var query = request.Query.Where(q => q.Key != name).SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>(name, value));
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{QueryString.Create(query)}";
    }
}
