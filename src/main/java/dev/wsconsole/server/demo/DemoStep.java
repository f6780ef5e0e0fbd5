package dev.wsconsole.server.demo;

/** One named part of building a demo workspace (members, services, ...); see {@link DemoPlan}. */
@FunctionalInterface
interface DemoStep {
  void build(DemoWorkspace ws);
}
