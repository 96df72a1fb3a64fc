# Image of the application: the Vaadin production bundle built with Maven, run on a JRE as a non-root user.
#   docker build -t cong-tac-tre-em .          (or: docker compose up -d --build, see docker-compose.yml)
# Needs BuildKit (default since Docker 23 and in docker compose v2) for the build caches below.

# ---- Stage 1: build the executable jar (Java + Vaadin frontend) ----
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build

# Build definition first, sources afterwards.
COPY .mvn .mvn
COPY mvnw pom.xml ./
# A checkout made on Windows may have CRLF line endings or lose the executable bit.
RUN sed -i 's/\r$//' mvnw && chmod +x mvnw

COPY src src
COPY processes processes
COPY frontend frontend

# The Maven repository (with the wrapper's Maven) and the Node.js that Vaadin downloads for the
# frontend build are kept in BuildKit caches, so a rebuild does not download them again.
RUN --mount=type=cache,target=/root/.m2 \
    --mount=type=cache,target=/root/.vaadin \
    ./mvnw -B -Pproduction -DskipTests package \
 && cp target/cong-tac-tre-em-*.jar /build/app.jar \
 && java -Djarmode=tools -jar /build/app.jar extract --destination /build/extracted

# ---- Stage 2: runtime ----
FROM eclipse-temurin:17-jre

RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home --shell /usr/sbin/nologin app \
 && mkdir -p /app/data \
 && chown -R app:app /app

WORKDIR /app
# The jar extracted (Spring Boot's "java -Djarmode=tools extract"): app.jar with its libraries beside it in lib/,
# which starts faster than the nested jar and is what a class data sharing archive needs.
COPY --from=build --chown=app:app /build/extracted/app.jar /app/app.jar
COPY --from=build --chown=app:app /build/extracted/lib /app/lib

USER app

# Working directory /app: the default (dev, H2) profile keeps its database in ./data = /app/data.
ENV JAVA_OPTS="-Xmx512m"
EXPOSE 8080

# Class data sharing (issue 17, start-up): a training start writes app.jsa, the classes the application loads,
# already parsed and verified for this image's JVM; every start maps it instead of loading them from the jars.
# No database exists while the image is built, so the training start uses an in-memory H2 database and stops once
# the context is refreshed (-Dspring.context.exit=onRefresh: nothing scheduled or sent, no administrator made);
# the classes it did not load (the PostgreSQL driver's) are loaded as usual. Without the archive (or when it does
# not fit the JVM) java starts as before, only slower.
# Spring AOT (-Dspring.aot.enabled=true, in the training start and in every start): the jar carries the bean
# factory prepared at build time for the prod profile (the production Maven profile's process-aot), so a start
# neither parses the configuration classes nor evaluates their conditions; both starts use it, so the archive holds
# the classes a start loads.
RUN SPRING_PROFILES_ACTIVE=prod SPRING_DATASOURCE_URL="jdbc:h2:mem:training" SPRING_DATASOURCE_USERNAME=sa \
    java $JAVA_OPTS -Dspring.aot.enabled=true -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh \
    -jar /app/app.jar \
 && test -s /app/app.jsa

ENTRYPOINT ["sh", "-c", "exec java -XX:SharedArchiveFile=/app/app.jsa -Dspring.aot.enabled=true $JAVA_OPTS -jar /app/app.jar"]
