using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace GrainMarketing.UnitTests.Security;

/// <summary>Bounded fuzzing with FsCheck: inputs grown from valid seeds by edits that break parsers, and a property that holds a parser to its contract.</summary>
internal static class Fuzzing
{
    /// <summary>Longer than any parser should take on a few kilobytes: past it, the input counts as a hang.</summary>
    public static readonly TimeSpan Hang = TimeSpan.FromSeconds(5);

    /// <summary>Tokens that tend to break readers: structure, escapes, lone surrogates, separators, huge numbers, invalid UTF-8 lead bytes.</summary>
    private static readonly string[] Splices =
    [
        "{", "}", "[", "]", "\"", "\\", "\\ud800", "\\u0000", ",", ";", "\t", ":", "\n", "\r\n", "\r", "null", "true", "1e999", "-1",
        "79228162514264337593543950336", "NaN", "\"\"", "\"\"\"", "é", "\ud83d\ude00", "\u0000", "=cmd|' /C calc'!A0", "\u00ff\u00fe",
        new string('9', 400), new string('[', 300), new string('a', 150),
    ];

    /// <summary>A seed edited zero to many times (more as FsCheck grows the size), or now and then raw random bytes.</summary>
    public static Gen<byte[]> Mutated(params string[] seeds) =>
        Gen.Frequency(
            (9, from seed in Gen.Elements(seeds)
                from edits in Gen.ListOf(AnEdit())
                select Apply(Encoding.UTF8.GetBytes(seed), edits)),
            (1, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))));

    /// <summary>
    /// Runs <paramref name="parse"/> on <paramref name="count"/> generated inputs: each must finish within <see cref="Hang"/>
    /// and throw nothing but what <paramref name="documented"/> allows.
    /// </summary>
    public static void Check<T>(Gen<T> inputs, Action<T> parse, Func<Exception, bool> documented, int count = 400) =>
        Prop.ForAll(inputs.ToArbitrary(), input =>
        {
            var run = Task.Run(() => parse(input));
            try
            {
                if (!run.Wait(Hang))
                {
                    throw new TimeoutException($"No answer within {Hang.TotalSeconds} s.");
                }
            }
            catch (AggregateException failed) when (failed.InnerException is { } thrown && documented(thrown))
            {
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(count).WithQuietOnSuccess(true));

    /// <summary>Allows no exception at all: the parser reports every problem in its result.</summary>
    public static bool Nothing(Exception exception) => false;

    private static Gen<Edit> AnEdit() =>
        from kind in Gen.Choose(0, 4)
        from position in Gen.Choose(0, 1_000_000)
        from value in Gen.Choose(0, 1_000)
        select new Edit(kind, position, value);

    private static byte[] Apply(byte[] seed, IEnumerable<Edit> edits)
    {
        var bytes = seed.ToList();
        foreach (var edit in edits)
        {
            var at = edit.Position % (bytes.Count + 1);
            switch (edit.Kind)
            {
                case 0 when at < bytes.Count:
                    bytes[at] = (byte)edit.Value;
                    break;
                case 1 when at < bytes.Count:
                    bytes.RemoveRange(at, Math.Min(1 + (edit.Value % 16), bytes.Count - at));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Splices[edit.Value % Splices.Length]));
                    break;
                case 3 when at < bytes.Count:
                    bytes.InsertRange(at, bytes.GetRange(at, Math.Min(1 + (edit.Value % 40), bytes.Count - at)));
                    break;
                default:
                    bytes.Insert(at, (byte)edit.Value);
                    break;
            }
        }

        return [.. bytes];
    }

    private sealed record Edit(int Kind, int Position, int Value);
}
