# syntax=docker/dockerfile:1
# Build: docker build -t helpcenter .
# Run:   docker run -p 7070:7070 -v helpcenter-data:/data helpcenter
#        (mount your own content with -v /path/to/content:/app/content:ro)

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY static static
RUN ./mvnw -B -q package -DskipTests -DskipClassArchive

FROM eclipse-temurin:17-jre
RUN groupadd --system helpcenter && useradd --system --gid helpcenter --home /app helpcenter \
    && mkdir -p /app /data && chown helpcenter:helpcenter /data
WORKDIR /app
COPY --from=build /src/target/helpcenter.jar /app/helpcenter.jar
# The bundled content is baked in; mount a volume over /app/content to serve your own.
COPY content /app/content
# What a first start derives from the bundled content (article cache, search index, vectors) is
# derived once here, so every container starts warm with its vectors ready. Content mounted over
# /app/content is derived at its first start instead; to keep that across containers, put the cache
# on the volume: -e HELPCENTER_CACHE_DIR=/data/cache. A run that ends when done needs no C2 (a fifth
# less CPU at 12 000 articles, BENCHMARKS.md); the server keeps it.
RUN java -XX:TieredStopAtLevel=1 -jar /app/helpcenter.jar prepare --content /app/content --cache-dir /app/cache \
    && chown -R helpcenter:helpcenter /app/cache
# the class data sharing archive of this jar at this path (README, "Run it"): a third off every start
RUN java -XX:ArchiveClassesAtExit=/app/helpcenter.jsa -Xlog:cds=off -Xlog:cds+dynamic=off -Dhelpcenter.quiet=true \
        -jar /app/helpcenter.jar warm-up --content /app/content
USER helpcenter
ENV HELPCENTER_CONTENT=/app/content \
    HELPCENTER_DATA=/data \
    HELPCENTER_CACHE_DIR=/app/cache \
    HELPCENTER_NO_WATCH=true \
    PORT=7070
EXPOSE 7070
VOLUME ["/data"]
# /health/ready: 200 while pages are served (a database outage shows in its JSON, not as unhealthy)
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD ["java", "-cp", "/app/helpcenter.jar", "com.okpay.helpcenter.HealthCheck"]
# docker stop sends SIGTERM: the server stops taking connections, finishes requests in flight (10 s at most),
# gives back unsent mail claims and stores buffered insights; keep --stop-timeout above 20 s
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:SharedArchiveFile=/app/helpcenter.jsa", "-jar", "/app/helpcenter.jar"]
