job "tabs" {
	group "g" {
		task "web" {
			driver = "ecs"

			resources {
				cpu    = 1
				memory = 10
			}
		}

		task "bare" {
			driver = "ecs"

			resources {
				cpu    = 1
				memory = 10
			}
		}
	}
}
