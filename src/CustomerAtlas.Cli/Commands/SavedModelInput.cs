using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Cli.Commands;

/// <summary>The checks commands that read a saved model.json and write one file share (<c>score</c>, <c>drift</c>).</summary>
internal static class SavedModelInput
{
    /// <summary>
    /// Refuses an <paramref name="outPath"/> that is a folder and a <paramref name="modelPath"/> that does not exist, then
    /// loads the model; every refusal names the path (exit 2).
    /// </summary>
    public static SegmentModel Load(string modelPath, string outPath)
    {
        if (Directory.Exists(outPath))
        {
            throw new ArgumentException($"--out {outPath}: is a folder; give a file path.");
        }

        if (!File.Exists(modelPath))
        {
            throw new ArgumentException($"{modelPath}: model file not found.");
        }

        return SegmentModel.Load(modelPath);
    }
}
