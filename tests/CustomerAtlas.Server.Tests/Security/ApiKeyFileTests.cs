using CustomerAtlas.Server.Security;

namespace CustomerAtlas.Server.Tests.Security;

public sealed class ApiKeyFileTests : IDisposable
{
    private readonly TempDirectory dir = new("atlas-keys-");

    public void Dispose() => dir.Dispose();

    [Fact]
    public void The_file_holds_only_hashes_and_the_key_is_found_by_its_hash()
    {
        string path = dir.PathOf("keys.json");
        string ops = ApiKeyFile.AddKey(path, "ops", [Scopes.Read, Scopes.Score]);
        string crm = ApiKeyFile.AddKey(path, "crm", [Scopes.Score], requestsPerMinute: 30);

        string text = File.ReadAllText(path);
        Assert.DoesNotContain(ops, text, StringComparison.Ordinal);
        Assert.DoesNotContain(crm, text, StringComparison.Ordinal);
        Assert.Contains(ApiKeyFile.Hash(ops), text, StringComparison.Ordinal);

        var registry = new ApiKeyRegistry(ApiKeyFile.Load(path));
        Assert.Equal("ops", registry.Find(ops)?.Name);
        Assert.Equal(30, registry.Find(crm)?.RequestsPerMinute);
        Assert.Equal([Scopes.Score], registry.Find(crm)?.Scopes);
        Assert.Null(registry.Find(ops + "x"));
    }

    [Fact]
    public void Sha256_matches_a_known_answer()
    {
        // sha256("abc") from FIPS 180-2, appendix B.1.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeyFile.Hash("abc"));
    }

    [Fact]
    public void Keys_are_random_and_long()
    {
        var (a, _) = ApiKeyFile.Create("a", [Scopes.Read]);
        var (b, _) = ApiKeyFile.Create("b", [Scopes.Read]);
        Assert.NotEqual(a, b);
        Assert.True(a.Length >= 40);
    }

    [Theory]
    [InlineData("""{"keys":[{"name":"x","sha256":"abc","scopes":["read"]}]}""", "sha256")]
    [InlineData("""{"keys":[{"name":"x","sha256":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","scopes":["admin"]}]}""", "admin")]
    [InlineData("""{"keys":[{"name":"x","sha256":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","scopes":[]}]}""", "scopes")]
    [InlineData("""{"keys":[{"name":"x","sha256":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","scopes":["read"],"requestsPerMinute":0}]}""", "requestsPerMinute")]
    [InlineData("""{"nokeys":true}""", "keys")]
    [InlineData("""{"keys":[""", "not valid JSON")]
    public void Bad_key_files_are_refused_naming_the_file_and_the_problem(string content, string mentioned)
    {
        string path = dir.PathOf("bad.json");
        File.WriteAllText(path, content);
        var error = Assert.Throws<InvalidDataException>(() => ApiKeyFile.Load(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains(mentioned, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_and_a_duplicate_name_are_refused()
    {
        Assert.Throws<FileNotFoundException>(() => ApiKeyFile.Load(dir.PathOf("none.json")));
        string path = dir.PathOf("keys.json");
        ApiKeyFile.AddKey(path, "ops", [Scopes.Read]);
        Assert.Contains("'ops'", Assert.Throws<InvalidDataException>(() => ApiKeyFile.AddKey(path, "ops", [Scopes.Read])).Message, StringComparison.Ordinal);
    }
}
