namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>
/// The real data sets: <c>GM_SHARED_DATA</c> when set, else <c>../shared/data</c> next to the repository
/// root. Missing data fails the test, never skips it.
/// </summary>
public static class SharedData
{
    public static string Path(params string[] parts)
    {
        var root = Environment.GetEnvironmentVariable("GM_SHARED_DATA") is { Length: > 0 } given
            ? given
            : System.IO.Path.Combine(RepositoryRoot(), "..", "shared", "data");
        var path = System.IO.Path.Combine([root, .. parts]);
        return File.Exists(path) ? path : throw new FileNotFoundException("Shared data set missing", path);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "GrainMarketing.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("GrainMarketing.sln not found above " + AppContext.BaseDirectory);
    }
}
