namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>Where the built processes are and which PostgreSQL server the tests use.</summary>
public static class TestEnvironment
{
    /// <summary>Environment variable holding an Npgsql connection string without a database (set by scripts/test.sh).</summary>
    public const string PostgresVariable = "GM_TEST_POSTGRES";

    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The server to create test databases on. A missing server is a failure, never a skip.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{PostgresVariable} is not set: run the tests through scripts/test.sh, which starts PostgreSQL.");

    /// <summary>The checkout the tests run from: the directory holding GrainMarketing.sln.</summary>
    public static string RepositoryRoot => Root.Value;

    public static string SiloDll => BuiltDll("Silo", "GrainMarketing.Silo.dll");

    public static string ApiHostDll => BuiltDll("ApiHost", "GrainMarketing.ApiHost.dll");

    public static string DashboardDll => BuiltDll("Dashboard", "GrainMarketing.Dashboard.dll");

    /// <summary>Debian's chromium (scripts/test.sh installs it); browsers are never downloaded here. A missing browser is a failure.</summary>
    public static string Chromium => File.Exists("/usr/bin/chromium")
        ? "/usr/bin/chromium"
        : throw new FileNotFoundException("Debian's chromium is not installed: run the tests through scripts/test.sh, which installs it.", "/usr/bin/chromium");

    /// <summary>The silo and API host are built with the same configuration as this test assembly.</summary>
    private static string BuiltDll(string project, string dll)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var path = Path.Combine(Root.Value, "src", project, "bin", configuration, "net10.0", dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{dll} is not built", path);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GrainMarketing.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("GrainMarketing.sln not found above " + AppContext.BaseDirectory);
    }
}
