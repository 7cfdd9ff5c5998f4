using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using DecreeParser.Model.Decrees;

namespace DecreeParser.Ingest.Pipeline;

/// <summary>
/// The version a converted file records: the release and a hash of the code that reads, repairs and
/// structures ("0.4.0+1f3a9c0e52d7"). Builds are deterministic, so the module ids of the Model and
/// Ingest assemblies change exactly when their compiled code does: a rerun after a parser fix
/// reconverts, one after a README edit does not. A Debug and a Release build differ, as their code does.
/// </summary>
public static class PipelineVersion
{
    public static string Current { get; } = Compute();

    private static string Compute()
    {
        var assembly = typeof(DecreePipeline).Assembly;
        var release = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var modules = $"{typeof(Decree).Module.ModuleVersionId:N}{assembly.ManifestModule.ModuleVersionId:N}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(modules)))[..12];
        return $"{release}+{hash}";
    }
}
