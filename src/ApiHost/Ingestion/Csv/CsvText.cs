using System.Text;
using CsvHelper;

namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>The text of an export: its encoding, its first lines, the separator a line uses and its fields.</summary>
internal static class CsvText
{
    /// <summary>How many bytes at the start are looked at to recognise UTF-16 LE written without a byte order mark.</summary>
    private const int Utf16Sample = 64;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Decodes by byte order mark, or by a guess between UTF-16 LE and UTF-8 without one.</summary>
    /// <remarks>
    /// With a mark: UTF-8, UTF-16 LE, UTF-16 BE. Without one, as UTF-16 LE when every second byte of the start is 0
    /// (ASCII text in UTF-16), else as UTF-8. False when the bytes are not valid in that encoding (an export saved as
    /// Windows-1252, for example).
    /// </remarks>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        var (encoding, bom) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Utf8, 3),
            [0xFF, 0xFE, ..] => (Utf16Le, 2),
            [0xFE, 0xFF, ..] => (Utf16Be, 2),
            _ when LooksLikeUtf16Le(bytes) => (Utf16Le, 0),
            _ => (Utf8, 0),
        };
        try
        {
            text = encoding.GetString(bytes[bom..]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>The first <paramref name="count"/> lines (CR, LF or CR LF ends one), each with its 0-based number and where it starts.</summary>
    public static IEnumerable<(int Number, int Start, string Line)> Lines(string text, int count)
    {
        var start = 0;
        for (var number = 0; number < count && start < text.Length; number++)
        {
            var end = text.IndexOfAny(['\r', '\n'], start);
            if (end < 0)
            {
                yield return (number, start, text[start..]);
                yield break;
            }

            yield return (number, start, text[start..end]);
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
    }

    /// <summary>Tab, semicolon or comma: whichever occurs most often outside quotes in <paramref name="line"/>; comma when none does.</summary>
    public static char SeparatorOf(string line)
    {
        int tabs = 0, semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in line)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '\t' when !quoted:
                    tabs++;
                    break;
                case ';' when !quoted:
                    semicolons++;
                    break;
                case ',' when !quoted:
                    commas++;
                    break;
            }
        }

        return tabs >= semicolons && tabs >= commas && tabs > 0 ? '\t'
            : semicolons >= commas && semicolons > 0 ? ';'
            : ',';
    }

    /// <summary>The fields of one line, quotes honoured, for trying it as a header.</summary>
    public static string[] Fields(string line, char separator)
    {
        using var reader = CsvReader.FromText(line, new CsvReaderOptions { Separator = separator, HasHeader = false });
        return reader.Read() ? reader.Current.ToArray() : [];
    }

    private static bool LooksLikeUtf16Le(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, Utf16Sample) & ~1)];
        if (sample.IsEmpty)
        {
            return false;
        }

        for (var i = 1; i < sample.Length; i += 2)
        {
            if (sample[i] != 0)
            {
                return false;
            }
        }

        return true;
    }
}
