namespace GrainMarketing.UnitTests;

/// <summary>
/// The real data sets: <c>GM_SHARED_DATA</c> when set, else <c>../shared/data</c> next to the repository
/// root. Missing data fails the test, never skips it.
/// </summary>
public static class SharedData
{
    public static string Path(params string[] parts)
    {
        if (Environment.GetEnvironmentVariable("GM_SHARED_DATA") is { Length: > 0 } root)
        {
            var path = System.IO.Path.Combine([root, .. parts]);
            return File.Exists(path) ? path : throw new FileNotFoundException("Shared data set missing", path);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "GrainMarketing.sln")))
            {
                var path = System.IO.Path.Combine([dir.FullName, "..", "shared", "data", .. parts]);
                return File.Exists(path) ? path : throw new FileNotFoundException("Shared data set missing", path);
            }
        }

        throw new DirectoryNotFoundException("GrainMarketing.sln not found above " + AppContext.BaseDirectory);
    }
}
