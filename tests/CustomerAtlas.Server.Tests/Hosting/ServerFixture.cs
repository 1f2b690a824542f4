using CustomerAtlas.Server.Catalog;

namespace CustomerAtlas.Server.Tests.Hosting;

/// <summary>One fitted run and one running server shared by every API and browser test.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private RunningServer? server;
    private SegmentCatalog? catalog;

    public RunningServer Server => server ?? throw new InvalidOperationException("The server has not started.");

    public SegmentCatalog Catalog => catalog ?? throw new InvalidOperationException("The run has not been fitted.");

    public async Task InitializeAsync()
    {
        catalog = await FittedRun.CatalogAsync();
        server = await RunningServer.StartAsync(catalog);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
