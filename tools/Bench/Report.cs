using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace GrainMarketing.Bench;

/// <summary>
/// The run's results as one markdown table (machine, command, numbers) plus extra tables such as the
/// ingest timeline. Every row is also echoed to stderr as it is measured, so a long run shows progress.
/// </summary>
internal sealed partial class Report(string label, IReadOnlyList<string> args)
{
    private readonly List<(string Phase, string What, string Result)> _rows = [];
    private readonly List<string> _sections = [];
    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;
    private readonly string _machine = Machine();

    public void Add(string phase, string what, string result)
    {
        _rows.Add((phase, what, result));
        Console.Error.WriteLine($"[{phase}] {what}: {result}");
    }

    public void AddSection(string markdown) => _sections.Add(markdown);

    public static void Progress(string message) => Console.Error.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss} {message}");

    public void Print(TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine($"## Bench: {label}, {_started:yyyy-MM-dd HH:mm} UTC");
        writer.WriteLine();
        writer.WriteLine($"**Machine**: {_machine}");
        writer.WriteLine();
        writer.WriteLine($"**Command**: `dotnet run -c Release --project tools/Bench -- {string.Join(' ', args.Select(Quote))}`");
        writer.WriteLine();
        writer.WriteLine("| phase | what | result |");
        writer.WriteLine("| --- | --- | --- |");
        foreach (var (phase, what, result) in _rows)
        {
            writer.WriteLine($"| {phase} | {what} | {result.Replace("|", "\\|", StringComparison.Ordinal)} |");
        }

        foreach (var section in _sections)
        {
            writer.WriteLine();
            writer.WriteLine(section);
        }
    }

    /// <summary>The argument as a shell would need it, with any password in a connection string masked.</summary>
    private static string Quote(string arg)
    {
        var shown = Password().Replace(arg, "$1=***");
        return shown.Contains(' ', StringComparison.Ordinal) || shown.Contains(';', StringComparison.Ordinal) ? $"\"{shown}\"" : shown;
    }

    [GeneratedRegex("(password|pwd)=[^;]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Password();

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        var load = File.Exists("/proc/loadavg") ? $", load average before the run {File.ReadAllText("/proc/loadavg").Split(' ')[0]}" : "";
        return $"{Environment.ProcessorCount} logical CPUs ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), {memory:N1} GiB RAM, "
            + $"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}{load}";
    }
}
