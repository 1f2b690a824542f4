using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Pipeline.Tests.Running;

public sealed class RunDirectoryTests
{
    [Fact]
    public async Task A_failed_write_leaves_the_previous_run_untouched_and_no_temporary_folder()
    {
        string parent = Path.Combine(Path.GetTempPath(), $"atlas-rd-{Guid.NewGuid():N}");
        string target = Path.Combine(parent, "out");
        Directory.CreateDirectory(target);
        await File.WriteAllTextAsync(Path.Combine(target, "model.json"), "old");
        try
        {
            await Assert.ThrowsAsync<IOException>(() => RunDirectory.WriteAsync(target, async dir =>
            {
                await File.WriteAllTextAsync(Path.Combine(dir, "model.json"), "new");
                throw new IOException("disk full");
            }));
            Assert.Equal("old", await File.ReadAllTextAsync(Path.Combine(target, "model.json")));
            Assert.Equal([target], Directory.GetDirectories(parent));

            await RunDirectory.WriteAsync(target, dir => File.WriteAllTextAsync(Path.Combine(dir, "model.json"), "new"));
            Assert.Equal("new", await File.ReadAllTextAsync(Path.Combine(target, "model.json")));
            Assert.Equal([target], Directory.GetDirectories(parent));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }
}
