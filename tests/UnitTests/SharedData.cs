namespace GrainMarketing.UnitTests;

/// <summary>The real data sets in ../shared/data, found from the repository root.</summary>
public static class SharedData
{
    public static string Path(params string[] parts)
    {
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
