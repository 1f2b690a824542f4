using CustomerAtlas.Server.Catalog;

namespace CustomerAtlas.Server.Tests.Hosting;

/// <summary>One fitted run and one running server shared by every API and browser test.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private RunningServer? server;
    private FittedRun? run;

    public RunningServer Server => server ?? throw new InvalidOperationException("The server has not started.");

    public FittedRun Run => run ?? throw new InvalidOperationException("The run has not been fitted.");

    public SegmentCatalog Catalog => Run.Catalog;

    public async Task InitializeAsync()
    {
        run = await FittedRun.CreateAsync();
        server = await RunningServer.StartAsync(run.Catalog);
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (run is not null)
        {
            await run.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
