# The image `decree` runs in: convert (OCR in Kazakh and Russian, LibreOffice for .doc/.rtf/.odt),
# index, export and serve. Its Debian packages are scripts/packages.txt, the list the tests install,
# less the lines marked "tests only" (the browser and the fuzzer): one list, so the image, the tests
# and CI cannot drift apart (SetupScriptTests reads this file). Build where a container runtime is:
#   docker build -t decree .
#   docker run --rm -v "$PWD:/work" decree convert corpus/seed --out out
FROM mcr.microsoft.com/dotnet/sdk:10.0-bookworm-slim AS build
WORKDIR /src
COPY . .
# Compiled ahead of time (ReadyToRun): each container starts converting without waiting for the
# JIT — one conversion of the seed's page, process start to exit, 0.89 s → 0.58 s on the project's
# machine. A long batch gains nothing (its loops are recompiled optimized either way).
RUN dotnet publish src/Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o /app

# ASP.NET Core's runtime: `decree serve` uses its shared framework.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-bookworm-slim
COPY scripts/packages.txt /tmp/packages.txt
RUN apt-get update \
 && grep -v 'tests only' /tmp/packages.txt | sed -e 's/#.*//' -e 's/[[:space:]]//g' | grep -v '^$' \
      | xargs apt-get install -y --no-install-recommends \
 && rm -rf /var/lib/apt/lists/* /tmp/packages.txt
COPY --from=build /app /app
# `decree` on the PATH too, for the shell steps of the Kubernetes Jobs (deploy/k8s).
RUN printf '#!/bin/sh\nexec dotnet /app/decree.dll "$@"\n' > /usr/local/bin/decree && chmod +x /usr/local/bin/decree
WORKDIR /work
ENTRYPOINT ["dotnet", "/app/decree.dll"]
CMD ["--help"]
