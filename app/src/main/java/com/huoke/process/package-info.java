/**
 * The REST API over the process engine that the web console's modeler, tasklist and process monitor
 * use: definitions and deployments, instances, incidents, user tasks, element templates and forms.
 * It reaches the engine only through {@link com.huoke.engine.EngineGateway}, so it works the same
 * in embedded and camunda8 mode, and reads the caller only from Spring Security's context.
 */
package com.huoke.process;
